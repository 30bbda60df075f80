import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';
import { Callout } from '../components/Callout.tsx';
import { CodeBlock } from '../components/CodeBlock.tsx';
import { Figure } from '../components/Figure.tsx';
import { Heading } from '../components/Heading.tsx';
import { Mermaid } from '../components/Mermaid.tsx';
import { Playground } from '../components/Playground.tsx';
import type { MdxTag } from './mdx-tags.ts';

function SmartLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  // Site-internal links go through the router so they respect BASE_PATH and stay in the SPA.
  if (href.startsWith('/')) return <Link to={href}>{children}</Link>;
  if (href.startsWith('#')) return <a href={href} {...rest}>{children}</a>;
  return (
    <a href={href} rel="noreferrer" {...rest}>
      {children}
    </a>
  );
}

function Table(props: ComponentProps<'table'>) {
  // Wide tables scroll inside their own box instead of widening a phone's page.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="table">
      <table {...props} />
    </div>
  );
}

const tags: Record<MdxTag, (props: never) => ReactNode> = { Callout, Figure, Playground, Mermaid };

/** The one map from Markdown elements and lesson tags to components (react.dev's MDXComponents pattern). */
export const mdxComponents = {
  ...tags,
  h2: (props: ComponentProps<'h2'>) => <Heading level={2} {...props} />,
  h3: (props: ComponentProps<'h3'>) => <Heading level={3} {...props} />,
  CodeBlock,
  a: SmartLink,
  table: Table,
};
