import mermaid from 'mermaid';

let lastTheme: string | undefined;

/** Renders one diagram to SVG text. Kept in its own module so mermaid is a separate, lazy chunk. */
export async function renderMermaid(id: string, code: string, theme: 'light' | 'dark'): Promise<string> {
  if (theme !== lastTheme) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: theme === 'dark' ? 'dark' : 'default',
      fontFamily: 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    });
    lastTheme = theme;
  }
  const { svg } = await mermaid.render(id, code);
  return svg;
}
