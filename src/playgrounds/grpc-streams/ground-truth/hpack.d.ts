/** The part of hpack.js (no type declarations of its own) the ground-truth relay uses. */
declare module 'hpack.js' {
  interface HeaderField {
    name: string;
    value: string;
    neverIndex?: boolean;
  }
  interface Decompressor {
    write(chunk: Uint8Array): void;
    execute(): void;
    read(): HeaderField | null;
  }
  const hpack: { decompressor: { create(options: { table: { size: number } }): Decompressor } };
  export default hpack;
}
