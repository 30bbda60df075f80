/**
 * The message an embedded page posts to its parent window whenever its height changes:
 *   { type: 'go-atlas:resize', height: number, path: string }
 * `height` is the content's height in CSS pixels (not the frame's, so the frame can also shrink); `path` tells apart several frames on one page.
 */
export interface ResizeMessage {
  type: 'go-atlas:resize';
  height: number;
  path: string;
}

export function postHeight(): void {
  if (window.parent === window) return;
  const message: ResizeMessage = {
    type: 'go-atlas:resize',
    height: Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? document.body.scrollHeight),
    path: window.location.pathname,
  };
  // '*' because the wiki's origin is not known in advance; the message carries no secret.
  window.parent.postMessage(message, '*');
}

/** Keeps the parent window told of this embedded page's height. */
export function observeEmbedHeight(): () => void {
  const observer = new ResizeObserver(() => postHeight());
  observer.observe(document.getElementById('root') ?? document.body);
  postHeight();
  return () => observer.disconnect();
}
