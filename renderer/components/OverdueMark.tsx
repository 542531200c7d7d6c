/**
 * "Te laat", said in words with a clock icon beside it, so that an overdue item is marked by more than colour
 * (WCAG 1.4.1). The icon is decoration; the words carry the meaning.
 */
export function OverdueMark() {
  return (
    <span className="rn-overdue">
      <svg
        className="rn-overdue__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4v4.5l3 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      Te laat
    </span>
  );
}
