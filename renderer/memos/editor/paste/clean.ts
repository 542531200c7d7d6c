// Placeholder for E2's paste cleaning (branch e2-b1paste), with its interface only: the integrator takes E2's file.
export function cleanPastedHtml(html: string): string {
  return html;
}
