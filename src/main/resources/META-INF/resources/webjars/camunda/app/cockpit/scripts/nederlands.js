// nazorg: Dutch for the few texts that Cockpit 7.24 writes into its templates instead of taking them from
// locales/nl.json (the zoom buttons of the diagram, the header of a variable table, a section toggle). Loaded through
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

function vertaalAttribuut(element, attribuut) {
  const nederlands = TITELS[element.getAttribute(attribuut)];
  if (nederlands) {
    element.setAttribute(attribuut, nederlands);
  }
}

function vertaal(wortel) {
  if (!(wortel instanceof Element)) {
    return;
  }
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
    mutatie.addedNodes.forEach(vertaal);
  }
})).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['title', 'uib-tooltip']});

export default [];
