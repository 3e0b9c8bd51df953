// The peer page: fetch the dataset, draw every KPI as a plan-vs-actual bar chart (Chart.js, no
// animation), and set the mark in the animation frame after the charts were created (the same
// rule as the viewer's timings.firstDataFrameMs: the first frame with data is on screen).
'use strict';
fetch('data/sapporo.json').then((r) => r.json()).then((d) => {
  document.getElementById('title').textContent = d.title.ja;
  const main = document.getElementById('kpis');
  const el = (tag, text, parent) => { const e = document.createElement(tag); if (text) e.textContent = text; parent.appendChild(e); return e; };
  for (const program of d.programs) {
    for (const project of program.projects) {
      el('h2', project.name.ja, main);
      for (const kpi of project.kpis) {
        el('h3', `KPI${kpi.no} ${kpi.name.ja}（${kpi.unit.ja}）`, main);
        const canvas = el('canvas', '', el('div', '', main));
        canvas.parentNode.className = 'chart';
        canvas.setAttribute('aria-label', kpi.name.ja);
        new Chart(canvas, {
          type: 'bar',
          data: {
            labels: kpi.years.map((y) => `${y.fy}年度`),
            datasets: [
              { label: '計画', data: kpi.years.map((y) => y.plan), backgroundColor: '#9db9d5' },
              { label: '実績', data: kpi.years.map((y) => y.actual), backgroundColor: '#1f4e79' },
            ],
          },
          options: { animation: false, responsive: true, maintainAspectRatio: false },
        });
      }
    }
  }
  requestAnimationFrame(() => { window.peerMark = performance.now(); window.peerCharts = main.querySelectorAll('canvas').length; });
}).catch((e) => { document.getElementById('title').textContent = String(e); window.peerError = String(e); });
