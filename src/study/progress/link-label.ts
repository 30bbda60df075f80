// The course map's link to the dashboard: in the home page's first load, so alone in its module.
import type { Lang } from '../../lessons/parts.ts';

export const progressLinkLabel: Record<Lang, string> = { zh: '学习进度', en: 'Your progress' };
