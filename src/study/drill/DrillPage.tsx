// TEMPORARY scaffold, replaced by the page's real implementation (issue 8).
export default function DrillPage() {
  return <h1>DrillPage</h1>;
}
