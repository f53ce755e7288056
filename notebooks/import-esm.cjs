/**
 * tslab runs notebook cells as CommonJS, and require() cannot load an ES module graph with
 * top-level await (vega, vega-lite). A CommonJS module can still import() one: that is all
 * this does.
 */
module.exports = (specifier) => import(specifier);
