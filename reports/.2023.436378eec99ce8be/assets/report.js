/* regionbench report: live charts over the pre-rendered SVG */
(function () {
  'use strict';
  var zh = (document.documentElement.lang || '').indexOf('zh') === 0;
  var i18n = zh ? { SVG_ACTION: '保存为 SVG', PNG_ACTION: '保存为 PNG', CLICK_TO_VIEW_ACTIONS: '图表操作' } : undefined;
  var figures = Array.prototype.slice.call(document.querySelectorAll('figure.chart'));
  var started = performance.now();
  var timings = [];
  var jobs = figures.map(function (figure) {
    var source = figure.querySelector('script.chart-spec');
    var still = figure.querySelector('.chart-static');
    if (!source || !still || typeof vegaEmbed !== 'function') return Promise.resolve(null);
    var live = document.createElement('div');
    live.className = 'chart-live';
    live.hidden = true;
    still.parentNode.insertBefore(live, still.nextSibling);
    var begin = performance.now();
    // ast + the interpreter: no eval, and no style element injected for the menu or the
    // tooltips (the report's Content-Security-Policy allows neither); report.css styles them
    var options = { renderer: 'svg', ast: true, defaultStyle: false, tooltip: { disableDefaultStyle: true }, actions: { export: true, source: false, compiled: false, editor: false }, i18n: i18n };
    return vegaEmbed(live, JSON.parse(source.textContent), options).then(function () {
      still.parentNode.removeChild(still);
      live.hidden = false;
      figure.setAttribute('data-live', 'true');
      timings.push({ chart: figure.id, ms: performance.now() - begin });
    }, function (error) {
      live.parentNode.removeChild(live);
      figure.setAttribute('data-live', 'failed');
      throw error;
    });
  });
  window.regionbenchCharts = Promise.all(jobs).then(function () {
    return { charts: figures.length, live: timings.length, totalMs: performance.now() - started, timings: timings };
  });
})();
