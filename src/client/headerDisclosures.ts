/**
 * The header's disclosures (language list, phone menu) open and close without JavaScript; this
 * adds what a reader expects of a menu: one open at a time, Escape closes it and returns focus to
 * its button, a click or tap elsewhere closes it.
 */
const disclosures = [...document.querySelectorAll<HTMLDetailsElement>('details[data-header-disclosure]')];

for (const details of disclosures) {
  details.addEventListener('toggle', () => {
    if (details.open) for (const other of disclosures) if (other !== details) other.open = false;
  });
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = disclosures.find((d) => d.open);
  if (!open) return;
  open.open = false;
  open.querySelector('summary')?.focus();
});

document.addEventListener('click', (event) => {
  for (const details of disclosures) if (details.open && !details.contains(event.target as Node)) details.open = false;
});
