/** Languages a lesson's fenced code may use; highlighted at build time by Shiki. `mermaid` is a diagram. */
export const CODE_LANGS = ['go', 'protobuf', 'dockerfile', 'yaml', 'bash', 'json', 'sql', 'ts', 'text', 'mermaid'] as const;
