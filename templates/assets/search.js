// Search with Pagefind's own API, drawn into the page with DOM calls only: no inline
// style or script, so the site's Content-Security-Policy ('self') holds. Without JavaScript the page says where
// everything is instead (search.njk). The query lives in the address (?q=…&kind=…), so a search can be shared.
const note = document.getElementById('search-needs-js');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

/** Pagefind's excerpt marks matches with <mark>; keep only its text and those marks. */
function excerptNodes(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = [];
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

/** Builds the form: a search box, and a kind menu from the type links in the no-script note. */
function buildForm() {
  const form = document.createElement('form');
  form.className = 'search-form';
  form.setAttribute('role', 'search');
  const field = (id, text, control) => {
    const p = document.createElement('p');
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = text;
    control.id = id;
    p.append(label, control);
    return p;
  };
  const input = document.createElement('input');
  input.type = 'search';
  input.name = 'q';
  input.autocomplete = 'off';
  input.spellcheck = false;
  const kind = document.createElement('select');
  kind.name = 'kind';
  const option = (value, text) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  };
  kind.append(option('', 'All kinds and articles'));
  for (const link of note.querySelectorAll('a[href^="/types/"]')) kind.append(option(link.textContent.trim(), link.textContent.trim()));
  kind.append(option('Article', 'Articles'));
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Search';
  const kindRow = field('search-kind', 'Kind', kind);
  kindRow.append(' ', button);
  form.append(field('search-q', 'Words to find', input), kindRow);
  document.getElementById('search-box').append(form);
  return { form, input, kind };
}

async function run(pagefind, input, kind) {
  const query = input.value.trim();
  const filters = kind.value ? { kind: kind.value } : {};
  list.replaceChildren();
  if (!query) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const response = await pagefind.search(query, { filters });
  const results = await Promise.all(response.results.slice(0, 30).map((result) => result.data()));
  const items = results.map((data) => {
    const item = document.createElement('li');
    const title = document.createElement('a');
    title.href = data.url;
    title.textContent = data.meta.title ?? data.url;
    const kindLabel = document.createElement('span');
    kindLabel.className = 'search-kind';
    kindLabel.textContent = (data.filters.kind ?? []).join(', ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(title, ' ', kindLabel, excerpt);
    return item;
  });
  list.replaceChildren(...items);
  const count = response.results.length;
  status.textContent = `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${kind.value ? ` (${kind.value})` : ''}${count > items.length ? `; the first ${items.length} shown` : ''}.`;
}

/** Loads the first index's Pagefind and merges the others in (a large site has one index per busy year). */
async function loadPagefind() {
  const [first, ...others] = document.getElementById('search-box').dataset.indexes.split(' ').filter(Boolean);
  if (!first) throw new Error('the search page names no index');
  const pagefind = await import(`${first}pagefind.js`);
  for (const url of others) await pagefind.mergeIndex(url);
  return pagefind;
}

async function start() {
  const pagefind = await loadPagefind();
  const { form, input, kind } = buildForm();
  note.hidden = true;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  kind.value = params.get('kind') ?? '';
  if (kind.selectedIndex < 0) kind.value = '';
  const update = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (kind.value) next.set('kind', kind.value);
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
    void run(pagefind, input, kind);
  };
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  kind.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  if (input.value) await run(pagefind, input, kind);
  input.focus();
}

start().catch((error) => {
  note.hidden = false;
  status.textContent = 'Search could not start; the links above still lead to every event.';
  console.error(error);
});
