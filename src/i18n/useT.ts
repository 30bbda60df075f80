import { useParams } from 'react-router';
import { isLang, type Lang } from '../lessons/parts.ts';
import { translate, type StringKey } from './strings.ts';

/** The language of the current route (`/:lang/...` or `/embed/:lang/...`); English when there is none. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : 'en';
}

export function useT(): (key: StringKey, vars?: Record<string, string | number>) => string {
  const lang = useLang();
  return (key, vars) => translate(lang, key, vars);
}
