// TEMPORARY scaffold, replaced by the page's real implementation (issue 8).
export default function CheatSheetPage() {
  return <h1>CheatSheetPage</h1>;
}
