// Progressive enhancements; every page works without them.
(function () {
  "use strict";

  function initCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.ready) { return; }
      var data = JSON.parse(el.dataset.values || "{\"labels\":[],\"values\":[]}");
      var option;
      if (el.dataset.chart === "map") {
        // members placed at their countries' capitals, sized by count; no borders are drawn
        option = {
          tooltip: { formatter: function (p) { return p.data.name + ": " + p.data.value[2]; } },
          grid: { left: 8, right: 8, top: 8, bottom: 8 },
          xAxis: { type: "value", min: -20, max: 160, show: false },
          yAxis: { type: "value", min: -15, max: 65, show: false },
          series: [{
            type: "scatter",
            data: data.map(function (p) { return { name: p.name, value: [p.lon, p.lat, p.count] }; }),
            symbolSize: function (v) { return 10 + Math.sqrt(v[2]) * 8; },
            label: { show: true, position: "right", formatter: function (p) { return p.data.name + " " + p.data.value[2]; } },
            itemStyle: { opacity: 0.75 }
          }]
        };
      } else if (el.dataset.chart === "pie") {
        option = {
          tooltip: { trigger: "item" },
          legend: { bottom: 0, type: "scroll" },
          series: [{ type: "pie", radius: ["30%", "60%"], center: ["50%", "42%"], label: { show: false },
            data: data.labels.map(function (label, i) { return { name: label, value: data.values[i] }; }) }]
        };
      } else if (el.dataset.chart === "bars") {
        // several series over the same labels, for example students, graduates and teachers by year
        option = {
          tooltip: { trigger: "axis" }, legend: { bottom: 0 },
          grid: { left: 48, right: 16, top: 8, bottom: 48 },
          xAxis: { type: "category", data: data.labels },
          yAxis: { type: "value", minInterval: 1 },
          series: data.series.map(function (s) { return { type: "bar", name: s.name, data: s.values }; })
        };
      } else {
        option = {
          tooltip: {}, grid: { left: 120, right: 16, top: 8, bottom: 24 },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", data: data.labels },
          series: [{ type: "bar", data: data.values }]
        };
      }
      echarts.init(el).setOption(option);
      el.dataset.ready = "1";
    });
  }

  // "Add a language" clones the last row of a multilingual field's editor with fresh indices.
  function initTranslations(root) {
    root.querySelectorAll(".add-translation").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var fieldset = button.closest("fieldset");
        var rows = fieldset.querySelectorAll(".translation");
        var last = rows[rows.length - 1];
        var copy = last.cloneNode(true);
        var index = rows.length;
        copy.querySelectorAll("input, textarea, label").forEach(function (el) {
          ["name", "id", "for"].forEach(function (attr) {
            var value = el.getAttribute(attr);
            if (value) { el.setAttribute(attr, value.replace(/\[\d+\]|-\d+-/, function (m) { return m.charAt(0) === "[" ? "[" + index + "]" : "-" + index + "-"; })); }
          });
          if (el.tagName !== "LABEL") { el.value = ""; }
        });
        last.after(copy);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initCharts(document);
    initTranslations(document);
  });
  document.addEventListener("htmx:afterSwap", function (event) { initCharts(event.target); });
})();
