// Cockpit page "Rapportages": the memo's monitoring as tables and bar charts, for a period of choice, with a CSV
// download per report. Plain DOM code: the page has no framework of its own and needs no build step.

const PAD = '/rapportages';

const RAPPORTAGES = [
  {
    naam: 'informatiebladen',
    kop: 'Informatiebladen per PI (Bijlage 1)',
    grafieken: [{
      titel: 'Instroom en informatiebladen per PI',
      rijen: rapport => rapport.rijen.filter(r => r.soort === 'pi'),
      label: rij => rij.pi,
      reeksen: ['instroom', 'informatiebladen']
    }]
  },
  {
    naam: 'uitstroom',
    kop: 'Uitstroom per gemeente en regio (Bijlage 2)',
    grafieken: [{
      titel: 'Uitstroom per regio, man en vrouw',
      rijen: rapport => rapport.rijen.filter(r => r.soort === 'subtotaal'),
      label: rij => rij.gemeente,
      reeksen: ['man', 'vrouw'],
      gestapeld: true
    }, {
      titel: 'Uitstroom per gemeente, man en vrouw',
      rijen: rapport => rapport.rijen.filter(r => r.soort === 'gemeente'),
      label: rij => rij.gemeente,
      reeksen: ['man', 'vrouw'],
      gestapeld: true
    }]
  },
  {
    naam: 'uitstroomvoorbereiding',
    kop: 'Uitstroom voorbereid: overdracht en leefgebieden vóór de uitstroom',
    grafieken: [{
      titel: 'Percentage overdracht en leefgebieden geregeld vóór de uitstroom, per PI',
      rijen: rapport => rapport.rijen.filter(r => r.soort === 'pi'),
      label: rij => rij.pi,
      reeksen: ['percentageOverdrachtVoorUitstroom', 'percentageLeefgebiedenGeregeld'],
      procent: true
    }]
  },
  {
    naam: 'termijnen',
    kop: 'Termijnen gehaald',
    grafieken: [{
      titel: 'Percentage tijdig per termijn',
      rijen: rapport => rapport.rijen,
      label: rij => rij.omschrijving,
      reeksen: ['percentageTijdig'],
      procent: true
    }]
  },
  {
    naam: 'casuistiek',
    kop: 'Casuïstiek: enkelvoudig, meervoudig en hulpvragen',
    grafieken: [{
      titel: 'Enkelvoudig en meervoudig',
      rijen: rapport => kolomRijen(rapport, k => k.naam === 'enkelvoudig' || k.naam === 'meervoudig'),
      label: rij => rij.titel,
      reeksen: ['waarde']
    }, {
      titel: 'Hulpvragen per leefgebied',
      rijen: rapport => kolomRijen(rapport, k => k.naam.startsWith('hulpvragen')),
      label: rij => rij.titel,
      reeksen: ['waarde']
    }]
  },
  {
    naam: 'zelfmelders',
    kop: 'Zelfmelders met een plan op tijd',
    grafieken: [{
      titel: 'Zelfmelders en plan vóór de oproepdatum',
      rijen: rapport => kolomRijen(rapport, k => ['aantal', 'metPlanVoorOproepdatum', 'uitstelAangevraagd',
        'uitstelToegekend', 'planNietVoorOproepdatum'].includes(k.naam)),
      label: rij => rij.titel,
      reeksen: ['waarde']
    }]
  }
];

// A report of one row, turned into one row per column, for a chart of its columns.
function kolomRijen(rapport, welke) {
  const rij = rapport.rijen[0] || {};
  return rapport.kolommen.filter(welke).map(k => ({titel: k.titel, waarde: rij[k.naam] || 0}));
}

function element(naam, eigenschappen = {}, ...kinderen) {
  const el = document.createElement(naam);
  Object.entries(eigenschappen).forEach(([sleutel, waarde]) => {
    if (sleutel === 'tekst') {
      el.textContent = waarde;
    } else {
      el.setAttribute(sleutel, waarde);
    }
  });
  kinderen.filter(k => k !== null && k !== undefined).forEach(k => el.append(k));
  return el;
}

function datum(d) {
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}

function adres(api, naam, van, tot) {
  return `${api.cockpitApi}/plugin/nazorg-rapportages/${api.engine}/rapportages/${naam}`
    + `?van=${encodeURIComponent(van)}&tot=${encodeURIComponent(tot)}`;
}

async function haal(api, naam, van, tot, accept) {
  const antwoord = await fetch(adres(api, naam, van, tot), {credentials: 'same-origin', headers: {Accept: accept}});
  if (!antwoord.ok) {
    let melding = `De rapportage kon niet worden opgehaald (${antwoord.status}).`;
    try {
      const probleem = await antwoord.json();
      const velden = (probleem.invalidParams || []).map(v => `${v.name} ${v.reason}`).join('; ');
      melding = [probleem.detail, velden].filter(Boolean).join(': ');
    } catch (e) {
      // not a problem document: keep the general message
    }
    throw new Error(melding);
  }
  return antwoord;
}

function staafgrafiek(rapport, grafiek) {
  const rijen = grafiek.rijen(rapport);
  const kolommen = Object.fromEntries(rapport.kolommen.map(k => [k.naam, k]));
  const naamVan = reeks => (kolommen[reeks] || {titel: 'Aantal'}).titel;
  const hoogste = grafiek.procent ? 100 : Math.max(1, ...rijen.map(rij => grafiek.gestapeld
    ? grafiek.reeksen.reduce((som, r) => som + (rij[r] || 0), 0)
    : Math.max(...grafiek.reeksen.map(r => rij[r] || 0))));
  const legenda = grafiek.reeksen.length > 1
    ? element('div', {class: 'nazorg-legenda'}, ...grafiek.reeksen.map((r, i) =>
      element('span', {class: `nazorg-reeks-${i}`, tekst: naamVan(r)})))
    : null;
  const staven = rijen.map(rij => {
    // In a stacked bar an empty part would only print a stray 0; a row that is all zero keeps its first part.
    const zichtbaar = grafiek.reeksen.filter((r, i) => !grafiek.gestapeld || rij[r] || (i === 0
      && grafiek.reeksen.every(ander => !rij[ander])));
    const balken = zichtbaar.map(r => {
      const i = grafiek.reeksen.indexOf(r);
      const waarde = rij[r] || 0;
      const tekst = grafiek.procent ? `${waarde}%` : String(waarde);
      const balk = element('div', {
        class: `nazorg-balk nazorg-reeks-${i}`,
        title: `${grafiek.label(rij)}: ${naamVan(r)} ${tekst}`
      }, element('span', {tekst}));
      balk.style.width = `${(100 * waarde / hoogste).toFixed(2)}%`;
      return balk;
    });
    return element('div', {class: 'nazorg-staaf'},
      element('div', {class: 'nazorg-staaf-label', tekst: grafiek.label(rij)}),
      element('div', {class: grafiek.gestapeld ? 'nazorg-balken gestapeld' : 'nazorg-balken'}, ...balken));
  });
  return element('figure', {class: 'nazorg-grafiek'},
    element('figcaption', {tekst: grafiek.titel}), legenda, ...staven);
}

function waardeTekst(waarde) {
  return waarde === null || waarde === undefined ? '' : String(waarde);
}

// Several rows: a table with a header per column; the header's tooltip and the list under it say what it counts.
// One row: a table of the columns themselves, with what each counts beside its figure.
function tabel(rapport) {
  if (rapport.rijen.length === 1 && !rapport.kolommen.some(k => k.naam === 'soort')) {
    const rij = rapport.rijen[0];
    return element('table', {class: 'cam-table nazorg-tabel'},
      element('thead', {}, element('tr', {}, element('th', {tekst: 'Cijfer'}), element('th', {tekst: 'Waarde'}),
        element('th', {tekst: 'Wat het telt'}))),
      element('tbody', {}, ...rapport.kolommen.map(k => element('tr', {},
        element('td', {tekst: k.titel}), element('td', {class: 'getal', tekst: waardeTekst(rij[k.naam])}),
        element('td', {tekst: k.uitleg})))));
  }
  const kolommen = rapport.kolommen.filter(k => k.naam !== 'soort');
  const tabel = element('table', {class: 'cam-table nazorg-tabel'},
    element('thead', {}, element('tr', {}, ...kolommen.map(k => element('th', {title: k.uitleg, tekst: k.titel})))),
    element('tbody', {}, ...rapport.rijen.map(rij => element('tr', {class: `nazorg-rij-${rij.soort || 'gewoon'}`},
      ...kolommen.map(k => element('td', {
        class: typeof rij[k.naam] === 'number' ? 'getal' : '',
        tekst: waardeTekst(rij[k.naam])
      }))))));
  const uitleg = element('dl', {class: 'nazorg-uitleg'}, ...kolommen.flatMap(k => [
    element('dt', {tekst: k.titel}), element('dd', {tekst: k.uitleg})]));
  return element('div', {}, tabel, element('details', {}, element('summary', {tekst: 'Wat telt elke kolom?'}), uitleg));
}

async function downloadCsv(api, naam, van, tot, knop) {
  knop.disabled = true;
  try {
    const antwoord = await haal(api, naam, van, tot, 'text/csv');
    const bestand = (/filename="([^"]+)"/.exec(antwoord.headers.get('Content-Disposition') || '') || [])[1]
      || `${naam}.csv`;
    const link = element('a', {href: URL.createObjectURL(await antwoord.blob()), download: bestand});
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  } catch (fout) {
    knop.parentElement.append(element('p', {class: 'nazorg-fout', tekst: fout.message}));
  } finally {
    knop.disabled = false;
  }
}

async function toonRapportage(api, sectie, soort, van, tot) {
  sectie.replaceChildren(element('h3', {tekst: soort.kop}), element('p', {class: 'nazorg-laden', tekst: 'Laden…'}));
  try {
    const rapport = await (await haal(api, soort.naam, van, tot, 'application/json')).json();
    const knop = element('button', {type: 'button', class: 'btn btn-default nazorg-csv', tekst: 'CSV downloaden'});
    knop.addEventListener('click', () => downloadCsv(api, soort.naam, van, tot, knop));
    sectie.replaceChildren(
      element('h3', {tekst: soort.kop}),
      element('p', {class: 'nazorg-periode', tekst: `${rapport.titel} — ${rapport.van} t/m ${rapport.tot}`}),
      element('p', {class: 'nazorg-toelichting', tekst: rapport.toelichting}),
      element('div', {class: 'nazorg-grafieken'}, ...soort.grafieken.map(g => staafgrafiek(rapport, g))),
      tabel(rapport),
      element('p', {}, knop));
  } catch (fout) {
    sectie.replaceChildren(element('h3', {tekst: soort.kop}), element('p', {class: 'nazorg-fout', tekst: fout.message}));
  }
}

function keuzeknop(tekst, kies) {
  const knop = element('button', {type: 'button', class: 'btn btn-default btn-sm', tekst});
  knop.addEventListener('click', kies);
  return knop;
}

function pagina(node, {api}) {
  const vandaag = new Date();
  const van = element('input', {type: 'date', id: 'nazorg-van', value: datum(new Date(vandaag.getFullYear(), 0, 1))});
  const tot = element('input', {type: 'date', id: 'nazorg-tot', value: datum(vandaag)});
  const secties = RAPPORTAGES.map(soort => element('section', {class: 'nazorg-rapportage', id: `nazorg-${soort.naam}`}));
  const toon = () => RAPPORTAGES.forEach((soort, i) => toonRapportage(api, secties[i], soort, van.value, tot.value));
  const kies = (begin, einde) => () => {
    van.value = datum(begin);
    tot.value = datum(einde);
    toon();
  };
  const formulier = element('form', {class: 'nazorg-periodekeuze form-inline'},
    element('label', {for: 'nazorg-van', tekst: 'Van '}), van,
    element('label', {for: 'nazorg-tot', tekst: ' t/m '}), tot,
    element('button', {type: 'submit', class: 'btn btn-primary btn-sm', tekst: 'Toon'}),
    keuzeknop('Dit jaar', kies(new Date(vandaag.getFullYear(), 0, 1), vandaag)),
    keuzeknop('Vorig jaar', kies(new Date(vandaag.getFullYear() - 1, 0, 1), new Date(vandaag.getFullYear() - 1, 11, 31))),
    keuzeknop('Laatste 12 maanden', kies(new Date(vandaag.getFullYear() - 1, vandaag.getMonth(), vandaag.getDate() + 1),
      vandaag)));
  formulier.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    toon();
  });
  node.replaceChildren(element('div', {class: 'nazorg-rapportages'},
    element('h2', {tekst: 'Rapportages nazorg'}),
    element('p', {tekst: 'De monitoring uit het werkproces (paragraaf 4 en de bijlagen van de memo), actueel uit de '
      + 'casussen die u mag zien. Periode: casussen met een insluitingsdatum in de periode; de uitstroom telt per '
      + 'kalenderjaar van de einddatum, zelfmelders naar oproepdatum.'}),
    formulier, ...secties));
  toon();
}

export default [
  {
    id: 'nazorg-rapportages-menu',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {path: PAD},
    render: node => {
      node.replaceChildren(element('a', {href: `#${PAD}`, tekst: 'Rapportages'}));
    }
  },
  {
    id: 'nazorg-rapportages-pagina',
    pluginPoint: 'cockpit.route',
    properties: {path: PAD},
    render: pagina
  }
];
