// TEMPORARY scaffold, replaced by the page's real implementation (issue 8).
export default function ProgressPage() {
  return <h1>ProgressPage</h1>;
}
