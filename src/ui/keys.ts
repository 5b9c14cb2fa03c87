/** Arrow-key movement between the buttons of a list (Tab still moves through them one by one). */
export function arrowNav(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
  const list = event.currentTarget as HTMLElement;
  const items = Array.from(list.querySelectorAll<HTMLElement>('[data-nav]'));
  if (!items.length) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else if (at < 0) next = 0;
  else next = Math.min(items.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
  event.preventDefault();
  items[next]?.focus();
}
