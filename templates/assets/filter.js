// Instant kind filter (progressive enhancement). The kind links in `.kind-filter` keep working as links without
// JavaScript; with it, this adds a row of toggle buttons (aria-pressed) that show only that kind's events on this
// page, and a live region that says how many are shown. Rows carry `event--<kind>`; links carry data-kind.
const nav = document.querySelector('.kind-filter');
const rows = [...document.querySelectorAll('li.event')];

if (nav && rows.length) {
  const group = document.createElement('div');
  group.className = 'kind-toggle';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Show only one kind on this page');
  const status = document.createElement('p');
  status.className = 'filter-status';
  status.setAttribute('role', 'status');
  const buttons = [];

  const apply = (kind) => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = kind !== 'all' && !row.classList.contains(`event--${kind}`);
      if (!row.hidden) shown++;
    }
    // A month or year with nothing left to show is hidden with its heading.
    for (const list of document.querySelectorAll('ol.events')) {
      const empty = ![...list.children].some((row) => !row.hidden);
      list.hidden = empty;
      const heading = list.previousElementSibling;
      if (heading && heading.tagName === 'H3') heading.hidden = empty;
    }
    for (const section of document.querySelectorAll('section.year')) {
      section.hidden = ![...section.querySelectorAll('li.event')].some((row) => !row.hidden);
    }
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.kind === kind));
    const label = buttons.find((button) => button.dataset.kind === kind)?.dataset.label ?? '';
    status.textContent = kind === 'all' ? `Showing all ${shown} events on this page.` : `Showing ${shown} ${shown === 1 ? 'event' : 'events'} of kind ${label} on this page.`;
  };

  for (const link of nav.querySelectorAll('a[data-kind]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.kind = link.dataset.kind;
    button.dataset.label = link.textContent.trim();
    const shown = rows.filter((row) => link.dataset.kind === 'all' || row.classList.contains(`event--${link.dataset.kind}`)).length;
    button.textContent = button.dataset.label;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = ` (${shown})`;
    button.append(count);
    button.setAttribute('aria-pressed', String(link.dataset.kind === 'all'));
    button.addEventListener('click', () => apply(button.getAttribute('aria-pressed') === 'true' && button.dataset.kind !== 'all' ? 'all' : button.dataset.kind));
    buttons.push(button);
  }
  group.append(...buttons);
  // The links stay in the page (a kind's own page lists all its events, not only this page's).
  const intro = document.createElement('p');
  intro.className = 'kind-toggle-intro';
  intro.textContent = 'Show on this page:';
  nav.after(intro, group, status);
}
