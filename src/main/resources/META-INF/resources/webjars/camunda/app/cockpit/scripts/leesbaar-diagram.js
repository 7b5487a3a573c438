// nazorg: a bpmn-js module for Cockpit's diagrams (config.js, bpmnJs.additionalModules). Cockpit fits a diagram into its
// viewport; the nazorg model is so wide that it becomes unreadable that way. When fitting would shrink the model below
// a readable scale, the diagram is fitted to its height instead (never below that scale: the model with its three
// tracks is also tall) and shown from its start; the manager pans and zooms out with the buttons as before.

const LEESBAAR = 0.5;
const HOOGSTENS = 1;
const MARGE = 20;

function LeesbaarDiagram(canvas) {
  const zoom = canvas.zoom.bind(canvas);
  canvas.zoom = (nieuw, midden) => {
    if (nieuw !== 'fit-viewport') {
      return zoom(nieuw, midden);
    }
    const passend = zoom('fit-viewport', midden);
    if (passend >= LEESBAAR) {
      return passend;
    }
    const {inner, outer} = canvas.viewbox();
    const schaal = Math.max(LEESBAAR, Math.min(HOOGSTENS, outer.height / (inner.height + 2 * MARGE)));
    canvas.viewbox({
      x: inner.x - MARGE,
      y: inner.y - MARGE,
      width: outer.width / schaal,
      height: outer.height / schaal
    });
    return schaal;
  };
}

LeesbaarDiagram.$inject = ['canvas'];

export default {
  __init__: ['leesbaarDiagram'],
  leesbaarDiagram: ['type', LeesbaarDiagram]
};
