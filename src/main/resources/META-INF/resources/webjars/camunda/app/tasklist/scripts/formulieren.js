// nazorg: Camunda Forms (form-js 1.8.7) in Tasklist 7.24, in Dutch, with "Voltooien" off only for a real error.
//
// 1. Tasklist turns "Voltooien" off as soon as form-js's errors object has a key
//    (notifyFormValidated(!!Object.keys(errors).length)). After any change in a row of a list field (dynamiclist),
//    form-js 1.8 leaves an empty key behind ({Veld_x: []}, bpmn-io/form-js#1494), so the button stays off without
//    an error. For a Camunda Form this script therefore reports the validity that form-js shows: invalid while an
//    error message is on a field. On completion form-js still validates every field itself (form.submit()).
// 2. form-js 1.8 has no translations: its buttons, select placeholder and error messages are fixed English texts.
//    They are replaced by Dutch ones as soon as form-js draws them.
// 3. The bsn field (key bsn) gets the elfproef as a check in the form itself.
// 4. When the engine refuses a form anyway, the notification shows the application's Dutch reason without
//    Camunda's English prefix naming the process definition or task.
// 5. A task whose due date has already passed when it is opened (a case entered late, work left waiting) says so in a
//    Dutch line at the top of its form; Tasklist itself only colours the date in the task's header.

const TEKSTEN = new Map([
  ['Add new', 'Toevoegen'],
  ['Select', 'Kies een waarde'],
  ['Collapse', 'Inklappen'],
  ['Field is required.', 'Dit veld is verplicht.'],
  ['Field must be a valid email.', 'Vul een geldig e-mailadres in.'],
  ['Value is not a number.', 'Vul een getal in.']
]);

const PATRONEN = [
  [/^Expand all \((\d+)\)$/, (m) => `Alles tonen (${m[1]})`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Gebruik hoogstens ${m[1]} tekens.`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Gebruik minstens ${m[1]} tekens.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `De waarde moet minstens ${m[1]} zijn.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `De waarde mag hoogstens ${m[1]} zijn.`],
  [/^Field must match pattern .*$/, () => 'Deze invoer heeft niet de gevraagde vorm (zie de uitleg bij het veld).'],
  [/^Remove list item (\d+)$/, (m) => `Rij ${m[1]} verwijderen`]
];

const ENGINE_VOORVOEGSELS = [/^\s*Cannot instantiate process definition [^ ]+?: /, /^\s*Cannot submit task form [^ ]+?: /];

/** The reason in a Tasklist notification of a refused form, without Camunda's English prefix. */
function vertaalMeldingen(wortel) {
  const meldingen = wortel.matches && wortel.matches('.notifications .message')
    ? [wortel] : (wortel.querySelectorAll ? wortel.querySelectorAll('.notifications .message') : []);
  for (const melding of meldingen) {
    for (const voorvoegsel of ENGINE_VOORVOEGSELS) {
      if (voorvoegsel.test(melding.textContent)) {
        melding.textContent = melding.textContent.replace(voorvoegsel, '');
      }
    }
  }
}

const ATTRIBUTEN = ['placeholder', 'aria-label', 'title'];
const ATTRIBUUTTEKSTEN = new Map([['Search', 'Zoeken']]);

const ELFPROEF_FOUT = 'Dit is geen geldig burgerservicenummer (9 cijfers, elfproef).';

function vertaal(tekst) {
  const kaal = tekst.trim();
  if (TEKSTEN.has(kaal)) {
    return tekst.replace(kaal, TEKSTEN.get(kaal));
  }
  for (const [patroon, vervang] of PATRONEN) {
    const m = kaal.match(patroon);
    if (m) {
      return tekst.replace(kaal, vervang(m));
    }
  }
  return null;
}

function vertaalOnder(wortel) {
  const wandelaar = document.createTreeWalker(wortel, NodeFilter.SHOW_TEXT);
  for (let knoop = wandelaar.nextNode(); knoop; knoop = wandelaar.nextNode()) {
    const nieuw = vertaal(knoop.data);
    if (nieuw !== null && nieuw !== knoop.data) {
      knoop.data = nieuw;
    }
  }
  const elementen = wortel.querySelectorAll ? wortel.querySelectorAll('[placeholder],[aria-label],[title]') : [];
  for (const element of elementen) {
    for (const attribuut of ATTRIBUTEN) {
      const waarde = element.getAttribute(attribuut);
      if (!waarde) {
        continue;
      }
      const nieuw = ATTRIBUUTTEKSTEN.get(waarde) || vertaal(waarde)
        || (attribuut === 'placeholder' && waarde.includes('yyyy') ? waarde.replace('yyyy', 'jjjj') : null);
      if (nieuw && nieuw !== waarde) {
        element.setAttribute(attribuut, nieuw);
      }
    }
  }
}

function isGeldigBsn(bsn) {
  if (!/^\d{9}$/.test(bsn)) {
    return false;
  }
  let som = 0;
  for (let i = 0; i < 8; i++) {
    som += Number(bsn[i]) * (9 - i);
  }
  som -= Number(bsn[8]);
  return som !== 0 && som % 11 === 0;
}

/** The bsn field's own message: shown on the field, and the form is invalid while it is there. */
function controleerBsn(formulier) {
  for (const invoer of formulier.querySelectorAll('input[id$="-Veld_bsn"], input[id$="Veld_bsn"]')) {
    const veld = invoer.closest('.fjs-form-field');
    if (!veld) {
      continue;
    }
    let melding = veld.querySelector('.nazorg-bsn-fout');
    const waarde = invoer.value.trim();
    const fout = waarde !== '' && /^\d{9}$/.test(waarde) && !isGeldigBsn(waarde);
    if (fout && !melding) {
      melding = document.createElement('div');
      melding.className = 'fjs-form-field-error nazorg-bsn-fout';
      melding.setAttribute('aria-live', 'polite');
      melding.innerHTML = '<ul><li></li></ul>';
      melding.querySelector('li').textContent = ELFPROEF_FOUT;
      veld.appendChild(melding);
      veld.classList.add('fjs-has-errors');
      invoer.setAttribute('aria-invalid', 'true');
    } else if (!fout && melding) {
      melding.remove();
      if (!veld.querySelector('.fjs-form-field-error')) {
        veld.classList.remove('fjs-has-errors');
      }
      invoer.removeAttribute('aria-invalid');
    }
  }
}

function heeftFouten(formulier) {
  return formulier.querySelector('.fjs-form-field-error') !== null;
}

/**
 * Takes over the validity that Tasklist's Camunda Form directive reports for this form element: invalid while form-js
 * shows an error on a field (or the bsn fails the elfproef). Other form types keep Tasklist's own report.
 */
function bewaakGeldigheid(tasklistFormulier) {
  const angular = window.angular;
  if (!angular || tasklistFormulier.nazorgBewaakt) {
    return;
  }
  const controller = angular.element(tasklistFormulier).controller('camTasklistForm');
  if (!controller || typeof controller.notifyFormValidated !== 'function') {
    return;
  }
  tasklistFormulier.nazorgBewaakt = true;
  const origineel = controller.notifyFormValidated;
  let gepland = null;
  const herbereken = () => {
    gepland = null;
    const formulier = tasklistFormulier.querySelector('.fjs-form');
    if (formulier) {
      controleerBsn(formulier);
      origineel.call(controller, heeftFouten(formulier));
    }
  };
  controller.notifyFormValidated = function (ongeldig) {
    if (!tasklistFormulier.querySelector('.fjs-form')) {
      return origineel.call(controller, ongeldig);
    }
    // form-js draws its errors after it reports them; decide once the form shows them.
    if (gepland === null) {
      gepland = setTimeout(herbereken, 0);
    }
    return undefined;
  };
  new MutationObserver(() => {
    if (tasklistFormulier.querySelector('.fjs-form') && gepland === null) {
      gepland = setTimeout(herbereken, 0);
    }
  }).observe(tasklistFormulier, {childList: true, subtree: true});
  tasklistFormulier.addEventListener('input', () => {
    if (gepland === null) {
      gepland = setTimeout(herbereken, 0);
    }
  }, true);
}

const VERLOPEN_KLASSE = 'nazorg-termijn-verlopen';

/** The task's due date as the engine has it (the user reads the task anyway), or null. */
function vervaldatum(taakId) {
  const basis = document.querySelector('base[engine-api]');
  const engineApi = basis ? basis.getAttribute('engine-api') : '/camunda/api/engine/';
  return fetch(engineApi + 'engine/default/task/' + encodeURIComponent(taakId),
    {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((antwoord) => (antwoord.ok ? antwoord.json() : null))
    .then((taak) => (taak && taak.due ? new Date(taak.due) : null))
    .catch(() => null);
}

/** Shows, once per opened task, the warning line when the task's due date lies before now. */
function toonVerlopenTermijn(tasklistFormulier) {
  const controller = window.angular && window.angular.element(tasklistFormulier).controller('camTasklistForm');
  const params = controller && typeof controller.getParams === 'function' ? controller.getParams() : null;
  const taakId = params && params.taskId;
  if (!taakId || tasklistFormulier.nazorgTermijnVan === taakId) {
    return;
  }
  tasklistFormulier.nazorgTermijnVan = taakId;
  const oud = tasklistFormulier.querySelector('.' + VERLOPEN_KLASSE);
  if (oud) {
    oud.remove();
  }
  vervaldatum(taakId).then((vervalt) => {
    if (!vervalt || vervalt >= new Date() || tasklistFormulier.nazorgTermijnVan !== taakId
      || tasklistFormulier.querySelector('.' + VERLOPEN_KLASSE)) {
      return;
    }
    const datum = new Intl.DateTimeFormat('nl-NL', {day: '2-digit', month: '2-digit', year: 'numeric'}).format(vervalt);
    const regel = document.createElement('div');
    regel.className = 'alert alert-warning ' + VERLOPEN_KLASSE;
    regel.setAttribute('role', 'alert');
    regel.textContent = `De vervaldatum van deze taak (${datum}) is al verstreken. Rond de taak zo snel mogelijk af.`;
    tasklistFormulier.insertBefore(regel, tasklistFormulier.firstChild);
  });
}

function verwerk(wortel) {
  if (!(wortel instanceof Element)) {
    return;
  }
  vertaalMeldingen(wortel);
  const formulieren = wortel.matches('.fjs-container') ? [wortel] : wortel.querySelectorAll('.fjs-container');
  for (const formulier of formulieren) {
    vertaalOnder(formulier);
    const tasklistFormulier = formulier.closest('[cam-tasklist-form]');
    if (tasklistFormulier) {
      bewaakGeldigheid(tasklistFormulier);
      toonVerlopenTermijn(tasklistFormulier);
    }
  }
  const omhullend = wortel.closest && wortel.closest('.fjs-container');
  if (omhullend && omhullend !== wortel) {
    vertaalOnder(wortel);
  }
}

new MutationObserver((wijzigingen) => {
  for (const wijziging of wijzigingen) {
    if (wijziging.type === 'characterData') {
      const ouder = wijziging.target.parentElement;
      if (ouder) {
        vertaalMeldingen(ouder);
      }
      if (ouder && ouder.closest('.fjs-container')) {
        const nieuw = vertaal(wijziging.target.data);
        if (nieuw !== null && nieuw !== wijziging.target.data) {
          wijziging.target.data = nieuw;
        }
      }
    } else if (wijziging.type === 'attributes') {
      verwerk(wijziging.target);
    } else {
      wijziging.addedNodes.forEach(verwerk);
      if (wijziging.target instanceof Element) {
        vertaalMeldingen(wijziging.target);
      }
      if (wijziging.target instanceof Element && wijziging.target.closest('.fjs-container')) {
        vertaalOnder(wijziging.target);
      }
    }
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTEN
});

export default [];
