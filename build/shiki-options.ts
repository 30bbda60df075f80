/** Build-time highlighting, shared by the MDX pipeline and the contrast test. */
export const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
export const SHIKI_LANGS = ['go', 'protobuf', 'dockerfile', 'yaml', 'bash', 'json', 'sql', 'ts'] as const;
