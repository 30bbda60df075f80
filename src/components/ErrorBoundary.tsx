import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/strings.ts';
import { isLang } from '../lessons/parts.ts';

interface State {
  error: Error | null;
}

function pageLang() {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isLang(lang) ? lang : 'en';
}

/** Contains a crash to the section that crashed, with a retry, instead of a white page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Section crashed:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const lang = pageLang();
    return (
      <div className="section-error" role="alert">
        <p>{translate(lang, 'sectionCrashed')}</p>
        <p className="section-error-detail">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {translate(lang, 'retry')}
        </button>
      </div>
    );
  }
}
