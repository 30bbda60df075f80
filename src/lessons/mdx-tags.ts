/**
 * The JSX tags a lesson may use. The build rejects any other tag with file:line, so a typo can't
 * reach production as a blank box. The component map (mdx-components.tsx) must provide each of them.
 */
export const MDX_TAGS = ['Callout', 'Figure', 'Playground', 'Mermaid'] as const;
export type MdxTag = (typeof MDX_TAGS)[number];

export const CALLOUT_KINDS = ['learn', 'note', 'tip', 'warning', 'pitfall'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];
