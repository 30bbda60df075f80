// TEMPORARY scaffold, replaced by the page's real implementation (issue 8).
export default function ReviewPage() {
  return <h1>ReviewPage</h1>;
}
