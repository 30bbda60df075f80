import { Outlet, useParams } from 'react-router';
import { isLang } from '../lessons/parts.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

/** Gatekeeper for `/:lang/...`: anything but zh or en is a 404, not an English page at a wrong URL. */
export function LangRoute() {
  const { lang } = useParams();
  return isLang(lang) ? <Outlet /> : <NotFoundPage />;
}
