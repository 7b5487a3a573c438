// nazorg: Dutch for the few texts that Cockpit 7.24 writes into its templates instead of taking them from
// locales/nl.json (the zoom buttons of the diagram, the header of a variable table, a section toggle), and for the
// decision table: Cockpit draws it with dmn-js, whose own translate service Cockpit offers no way to replace (its
// DMN viewer takes no additional modules, unlike the BPMN viewer), so its English is rewritten here. Loaded through
// customScripts in config.js; it exports no plugins.

const TITELS = {
  'zoom in': 'Inzoomen',
  'zoom out': 'Uitzoomen',
  'reset zoom': 'Passend maken',
  'Toggle this section': 'Dit onderdeel in-/uitklappen'
};

const KOPPEN = {
  Actions: 'Acties'
};

// dmn-js's English, by its own keys (translate("...") in its bundle), as shown in a read-only decision table.
const BESLISTABEL_TEKST = {
  When: 'Als',
  And: 'En',
  Then: 'Dan',
  Annotations: 'Toelichting',
  'Hit policy:': 'Regelkeuze:',
  Unique: 'Uniek',
  First: 'Eerste',
  Priority: 'Prioriteit',
  Any: 'Willekeurig',
  Collect: 'Verzamelen',
  'Rule order': 'Regelvolgorde',
  'Output order': 'Uitvoervolgorde',
  string: 'tekst',
  boolean: 'ja/nee',
  integer: 'geheel getal',
  long: 'geheel getal',
  double: 'kommagetal',
  date: 'datum'
};

const BESLISTABEL_TITEL = {
  'Decision name: ': 'Beslissing: ',
  'Input label: ': 'Invoer: ',
  'Input expression: ': 'Invoerexpressie: ',
  'Output label: ': 'Uitvoer: ',
  'Output name: ': 'Uitvoernaam: ',
  'Input type': 'Invoertype',
  'Output type': 'Uitvoertype',
  'Input values': 'Invoerwaarden',
  'Input label': 'Invoer',
  'Output label': 'Uitvoer',
  'Output values': 'Uitvoerwaarden',
  'No overlap is possible and all rules are disjoint. Only a single rule can be matched':
    'Regels overlappen niet: hoogstens één regel past.',
  'Rules may overlap. The first matching rule will be chosen': 'Regels mogen overlappen: de eerste passende regel telt.',
  'Rules may overlap. The one with the highest priority will be chosen':
    'Regels mogen overlappen: de passende regel met de hoogste prioriteit telt.',
  'Rules may overlap. Their output have to match': 'Regels mogen overlappen, als hun uitkomst gelijk is.',
  'Collects the values of all matching rules': 'Verzamelt de uitkomsten van alle passende regels.'
};

const BESLISTABEL = '.dmn-decision-table-container';

function vertaalAttribuut(element, attribuut) {
  const nederlands = TITELS[element.getAttribute(attribuut)];
  if (nederlands) {
    element.setAttribute(attribuut, nederlands);
  }
}

function vertaalBeslistabel(wortel) {
  const tabellen = wortel.closest(BESLISTABEL) ? [wortel] : [...wortel.querySelectorAll(BESLISTABEL)];
  tabellen.forEach(tabel => {
    const teksten = document.createTreeWalker(tabel, NodeFilter.SHOW_TEXT);
    for (let tekst = teksten.nextNode(); tekst; tekst = teksten.nextNode()) {
      const nederlands = BESLISTABEL_TEKST[tekst.data.trim()];
      if (nederlands) {
        tekst.data = tekst.data.replace(tekst.data.trim(), nederlands);
      }
    }
    [tabel, ...tabel.querySelectorAll('[title]')].filter(e => e.hasAttribute('title')).forEach(element => {
      const titel = element.getAttribute('title');
      const begin = Object.keys(BESLISTABEL_TITEL).find(engels => titel.startsWith(engels));
      if (begin) {
        element.setAttribute('title', BESLISTABEL_TITEL[begin] + titel.slice(begin.length));
      }
    });
  });
}

function vertaal(wortel) {
  if (!(wortel instanceof Element)) {
    return;
  }
  vertaalBeslistabel(wortel);
  for (const attribuut of ['title', 'uib-tooltip']) {
    if (wortel.hasAttribute(attribuut)) {
      vertaalAttribuut(wortel, attribuut);
    }
    wortel.querySelectorAll(`[${attribuut}]`).forEach(element => vertaalAttribuut(element, attribuut));
  }
  const koppen = wortel.matches('thead .actions') ? [wortel] : [...wortel.querySelectorAll('thead .actions')];
  koppen.forEach(kop => {
    const nederlands = KOPPEN[kop.textContent.trim()];
    if (nederlands) {
      kop.textContent = nederlands;
    }
  });
}

vertaal(document.body);
new MutationObserver(mutaties => mutaties.forEach(mutatie => {
  if (mutatie.type === 'attributes') {
    vertaal(mutatie.target);
  } else {
    mutatie.addedNodes.forEach(node => vertaal(node instanceof Text ? node.parentElement : node));
  }
})).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['title', 'uib-tooltip']});

export default [];
