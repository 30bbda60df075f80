import { setThemePref, useThemePref, type ThemePref } from '../app/theme.ts';
import { useT } from '../i18n/useT.ts';

const order: ThemePref[] = ['system', 'light', 'dark'];
const icons: Record<ThemePref, string> = { system: '◐', light: '☀', dark: '☾' };

/** A select, because it is labelled, keyboard-operable and screen-reader friendly with no extra code. */
export function ThemeSwitch() {
  const t = useT();
  const pref = useThemePref();
  const names: Record<ThemePref, string> = { system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark') };
  return (
    <label className="theme-switch">
      <span aria-hidden="true">{icons[pref]}</span>
      <span className="visually-hidden">{t('theme')}</span>
      <select value={pref} onChange={(e) => setThemePref(e.target.value as ThemePref)}>
        {order.map((p) => (
          <option key={p} value={p}>
            {names[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
