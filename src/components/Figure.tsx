import { withBase } from '../app/paths.ts';

/**
 * A diagram from public/. The build checks the file exists and adds its intrinsic width/height, so the
 * lazy image has its space reserved and nothing below it moves when it loads.
 */
export function Figure({ src, alt, caption, width, height }: { src: string; alt: string; caption?: string; width?: string; height?: string }) {
  return (
    <figure className="figure">
      {/* A link to the full-size drawing: on a phone the scaled diagram's labels can be too small to read. */}
      <a href={withBase(src)} className="figure-link">
        <img className="diagram" src={withBase(src)} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
      </a>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
