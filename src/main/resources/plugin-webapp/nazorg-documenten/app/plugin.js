// Tasklist tab "Documenten": the D&R-plan, the overdracht and the letter to a zelfmelder, as sent, each opened
// in a new browser tab through the Tasklist login. Plain DOM code, no build step.

function element(naam, {tekst, ...attributen} = {}, kinderen = []) {
  const el = document.createElement(naam);
  Object.entries(attributen).forEach(([sleutel, waarde]) => el.setAttribute(sleutel, waarde));
  if (tekst !== undefined) {
    el.textContent = tekst;
  }
  kinderen.forEach(kind => el.appendChild(kind));
  return el;
}

function datum(iso) {
  return new Date(iso).toLocaleString('nl-NL', {dateStyle: 'long', timeStyle: 'short'});
}

async function toon(node, {taskId, api}) {
  const basis = `${api.tasklistApi}/plugin/nazorg-documenten/${api.engine}/taken/${encodeURIComponent(taskId)}/documenten`;
  node.replaceChildren(element('p', {class: 'nazorg-documenten-laden', tekst: 'Documenten laden…'}));
  const antwoord = await fetch(basis, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!antwoord.ok) {
    node.replaceChildren(element('p', {class: 'nazorg-documenten-geen',
      tekst: 'Bij deze taak zijn geen documenten in te zien.'}));
    return;
  }
  const documenten = await antwoord.json();
  if (documenten.length === 0) {
    node.replaceChildren(element('p', {class: 'nazorg-documenten-geen',
      tekst: 'Er is nog geen document naar de partners gestuurd.'}));
    return;
  }
  node.replaceChildren(element('ul', {class: 'nazorg-documenten'}, documenten.map(document => element('li', {}, [
    element('a', {href: `${basis}/${document.id}`, target: '_blank', rel: 'noopener', tekst: document.omschrijving}),
    element('span', {tekst: ` — verstuurd op ${datum(document.aangemaaktOp)}`})
  ]))));
}

export default [
  {
    id: 'nazorg-documenten',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    properties: {label: 'Documenten'},
    render: (node, context) => {
      toon(node, context).catch(() => node.replaceChildren(
        element('p', {class: 'nazorg-documenten-geen', tekst: 'De documenten konden niet worden geladen.'})));
    }
  }
];
