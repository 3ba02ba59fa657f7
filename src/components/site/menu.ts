/**
 * The phone menu: on narrow screens the header shows a Menu button instead of the
 * navigation (CSS, only when scripting is on: `@media (scripting: enabled)`), and this
 * discloses it. The button says whether the menu is open (`aria-expanded`); Escape closes it
 * and puts focus back on the button; so does a click outside or focus leaving the header.
 */
export function setUpMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const header = button?.closest('header');
  if (!button || !header) return;
  const setOpen = (open: boolean) => button.setAttribute('aria-expanded', String(open));
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';

  button.addEventListener('click', () => setOpen(!isOpen()));
  header.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    setOpen(false);
    button.focus();
  });
  header.addEventListener('focusout', (event) => {
    if (isOpen() && !(event.relatedTarget instanceof Node && header.contains(event.relatedTarget))) {
      // A click outside moves focus to the page body (relatedTarget null) as well.
      setOpen(false);
    }
  });
  document.addEventListener('click', (event) => {
    if (isOpen() && event.target instanceof Node && !header.contains(event.target)) setOpen(false);
  });
}
