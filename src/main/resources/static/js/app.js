// Progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Colour-blind-safe: Okabe–Ito's eight, then four of Paul Tol's muted scheme; twelve distinct colours.
  var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288", "#882255",
    "#999933", "#44AA99", "#000000", "#F0E442"];

  // Numbers on axes in the reader's language, short where large (1.2M, 120万, 1,2 млн).
  function axisNumber() {
    var format = new Intl.NumberFormat(document.documentElement.lang || undefined,
      { notation: "compact", maximumFractionDigits: 1 });
    return function (value) { return format.format(value); };
  }

  // A legend under the chart in HTML, which wraps to any width; each entry shows or hides its series.
  function htmlLegend(el, chart, names) {
    var list = document.createElement("ul");
    list.className = "chart-legend";
    names.forEach(function (name, i) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("aria-pressed", "true");
      var swatch = document.createElement("span");
      swatch.className = "legend-swatch";
      swatch.style.background = PALETTE[i % PALETTE.length];
      button.appendChild(swatch);
      button.appendChild(document.createTextNode(name));
      button.addEventListener("click", function () {
        chart.dispatchAction({ type: "legendToggleSelect", name: name });
        button.setAttribute("aria-pressed", String(button.getAttribute("aria-pressed") !== "true"));
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    el.after(list);
  }

  function initCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.ready) { return; }
      var data = JSON.parse(el.dataset.values || "{\"labels\":[],\"values\":[]}");
      var number = axisNumber();
      var legend = null;
      var option;
      if (el.dataset.chart === "lines") {
        // one line per series over the labels (years); a gap where a year has no value
        legend = data.series.map(function (s) { return s.name; });
        option = {
          tooltip: { trigger: "axis" }, legend: { show: false },
          grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
          xAxis: { type: "category", data: data.labels, axisLabel: { hideOverlap: true } },
          yAxis: { type: "value", scale: true, axisLabel: { formatter: number } },
          series: data.series.map(function (s) { return { type: "line", name: s.name, data: s.values, connectNulls: false }; })
        };
      } else if (el.dataset.chart === "pie") {
        legend = data.labels;
        option = {
          tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" }, legend: { show: false },
          series: [{ type: "pie", radius: ["35%", "70%"], center: ["50%", "50%"], label: { show: false },
            data: data.labels.map(function (label, i) { return { name: label, value: data.values[i] }; }) }]
        };
      } else if (el.dataset.chart === "bars") {
        // several series over the same labels, for example students, graduates and teachers by year
        legend = data.series.map(function (s) { return s.name; });
        option = {
          tooltip: { trigger: "axis" }, legend: { show: false },
          grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
          xAxis: { type: "category", data: data.labels, axisLabel: { hideOverlap: true } },
          yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: number } },
          series: data.series.map(function (s) { return { type: "bar", name: s.name, data: s.values }; })
        };
      } else {
        // one bar per label, read from the top, with its value at its end; long labels wrap instead of being cut
        option = {
          tooltip: {}, grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: "value", minInterval: 1, splitNumber: el.clientWidth < 500 ? 3 : 5,
            axisLabel: { formatter: number, hideOverlap: true } },
          yAxis: { type: "category", data: data.labels, inverse: true,
            axisLabel: { width: Math.max(80, Math.min(160, el.clientWidth * 0.35)), overflow: "break" } },
          series: [{ type: "bar", data: data.values, colorBy: "series",
            label: { show: true, position: "right", formatter: function (p) { return number(p.value); } } }]
        };
      }
      option.color = PALETTE;
      var chart = echarts.init(el);
      chart.setOption(option);
      if (legend && legend.length > 0) { htmlLegend(el, chart, legend); }
      if (window.ResizeObserver) { new ResizeObserver(function () { chart.resize(); }).observe(el); }
      el.dataset.ready = "1";
    });
  }

  // Where the operator configured country boundaries, a tile map is drawn again as the countries
  // within their borders, in the tiles' colours; the tiles stay as the text for screen readers.
  function initChoropleths(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll(".tile-map[data-boundaries]").forEach(function (box) {
      if (box.dataset.ready) { return; }
      box.dataset.ready = "1";
      var tiles = Array.from(box.querySelectorAll(".tile"));
      var codes = tiles.map(function (t) { return t.dataset.country; });
      fetch(box.dataset.boundaries, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (world) {
          var name = "countries-" + codes.join("-");
          echarts.registerMap(name, { type: "FeatureCollection", features: world.features.filter(function (f) {
            return codes.indexOf(f.properties.code) >= 0;
          }) });
          var chart = document.createElement("div");
          chart.className = "chart choropleth";
          chart.setAttribute("aria-hidden", "true");
          box.insertBefore(chart, box.firstChild);
          box.querySelector(".tile-map-scroll").classList.add("visually-hidden");
          echarts.init(chart).setOption({
            tooltip: { formatter: function (p) { return p.data ? p.data.text : ""; } },
            series: [{
              type: "map", map: name, nameProperty: "code", selectedMode: false,
              label: { show: false }, emphasis: { label: { show: false } },
              data: tiles.map(function (t) {
                return { name: t.dataset.country,
                  text: t.querySelector(".tile-name").textContent + ": " + t.querySelector(".tile-value").textContent,
                  itemStyle: { areaColor: getComputedStyle(t).backgroundColor, borderColor: "#555" } };
              })
            }]
          });
        })
        .catch(function () { /* the tiles stay */ });
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

  // An option search (a party of an agreement, the other resource of a relation): records whose names
  // match what is typed join every list it serves (replacing those an earlier search added, except the
  // one chosen); the server renders them in the reader's language.
  function initOptionSearch(root) {
    root.querySelectorAll("input[data-options-url]").forEach(function (input) {
      var timer, status = document.getElementById(input.getAttribute("aria-describedby"));
      var hiddenBox = input.closest("[hidden]");  // shown only where the script runs
      if (hiddenBox) { hiddenBox.hidden = false; }
      input.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); } });
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          fetch(input.dataset.optionsUrl + "?q=" + encodeURIComponent(input.value.trim()), { credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
            .then(function (html) {
              var found = new DOMParser().parseFromString(html, "text/html");
              status.textContent = found.querySelector("p").textContent;
              document.querySelectorAll(input.dataset.optionsFor).forEach(function (select) {
                var chosen = select.value;
                Array.from(select.options).forEach(function (o) { if (o.dataset.found && o.value !== chosen) { o.remove(); } });
                var present = Array.from(select.options).map(function (o) { return o.value; });
                found.querySelectorAll("option").forEach(function (o) {
                  if (present.indexOf(o.value) < 0) { o = o.cloneNode(true); o.dataset.found = "1"; select.add(o); }
                });
              });
            });
        }, 250);
      });
    });
  }

  // A long multiple choice (ISCED-F fields, countries) becomes boxes to tick under their group's
  // heading, with a search over their names and codes; the select stays in the form, hidden, and
  // is what is posted. Without JavaScript it is a plain select, grouped the same way.
  function initPickers(root) {
    root.querySelectorAll("select[multiple][data-picker]").forEach(function (select, index) {
      var label = document.querySelector("label[for='" + select.id + "']");
      var picker = document.createElement("div");
      picker.className = "picker";
      var search = document.createElement("input");
      search.type = "search";
      search.id = (select.id || "picker-" + index) + "-search";
      search.placeholder = select.dataset.pickerSearch;
      search.setAttribute("autocomplete", "off");
      var status = document.createElement("p");
      status.className = "picker-status";
      status.setAttribute("aria-live", "polite");
      var list = document.createElement("div");
      list.className = "picker-list";
      list.setAttribute("role", "group");
      list.tabIndex = -1;
      if (label) {
        label.htmlFor = search.id;
        list.setAttribute("aria-label", label.textContent);
      }
      search.setAttribute("aria-controls", list.id = search.id + "-choices");
      var boxes = [];
      function count() {
        var chosen = Array.from(select.options).filter(function (o) { return o.selected; }).length;
        status.textContent = select.dataset.pickerChosen.replace("{0}", chosen);
      }
      function add(option, group) {
        var item = document.createElement("label");
        item.className = "picker-item level-" + (option.dataset.level || "1");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.value = option.value;
        box.checked = option.selected;
        box.addEventListener("change", function () { option.selected = box.checked; count(); });
        item.appendChild(box);
        item.appendChild(document.createTextNode(" " + option.textContent));
        group.appendChild(item);
        boxes.push({ item: item, group: group, text: option.textContent.toLocaleLowerCase() });
      }
      Array.from(select.children).forEach(function (child) {
        if (child.tagName === "OPTGROUP") {
          var group = document.createElement("div");
          group.className = "picker-group";
          var heading = document.createElement("p");
          heading.className = "picker-heading";
          heading.textContent = child.label;
          group.appendChild(heading);
          Array.from(child.children).forEach(function (o) { add(o, group); });
          list.appendChild(group);
        } else {
          add(child, list);
        }
      });
      search.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); } });
      search.addEventListener("input", function () {
        var words = search.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
        boxes.forEach(function (b) {
          b.item.hidden = !words.every(function (w) { return b.text.indexOf(w) >= 0; });
        });
        list.querySelectorAll(".picker-group").forEach(function (g) {
          g.hidden = !g.querySelector(".picker-item:not([hidden])");
        });
      });
      picker.appendChild(search);
      picker.appendChild(list);
      picker.appendChild(status);
      select.hidden = true;
      select.after(picker);
      count();
    });
  }

  // A refused form's summary takes the focus, and each problem in it links to its field.
  function initErrorSummary(root) {
    var summary = root.querySelector(".error-summary");
    if (!summary) { return; }
    summary.querySelectorAll("li[data-field]").forEach(function (item) {
      var name = item.dataset.field;
      var field = document.getElementById(name) || document.getElementById(name + "-translations")
        || document.querySelector("[name='" + name.replace(/'/g, "") + "']");
      if (!field) { return; }
      if (!field.id) { field.id = "field-" + name.replace(/[^A-Za-z0-9_-]/g, "-"); }
      var link = document.createElement("a");
      link.href = "#" + field.id;
      link.textContent = item.textContent;
      item.textContent = "";
      item.appendChild(link);
    });
    summary.focus();
  }

  // On a phone, the header menu and filter forms fold behind a button that names them (and counts
  // the filters in use); without JavaScript they stay open. The fold is CSS: wider screens ignore it.
  function initCollapsibles(root) {
    root.querySelectorAll("[data-collapse]").forEach(function (target, index) {
      if (!target.id) { target.id = "collapsible-" + index; }
      var inUse = target.tagName === "FORM" ? Array.from(target.elements).filter(function (field) {
        return field.name && field.name !== "lang" && field.value && field.type !== "hidden" && field.type !== "submit"
          && ((field.type !== "checkbox" && field.type !== "radio") || field.checked);
      }).length : 0;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "collapse-toggle";
      button.textContent = target.dataset.collapseLabel + (inUse ? " (" + inUse + ")" : "");
      button.setAttribute("aria-controls", target.id);
      button.setAttribute("aria-expanded", "false");
      button.addEventListener("click", function () {
        button.setAttribute("aria-expanded", String(!target.classList.toggle("collapsed")));
      });
      target.classList.add("collapsed");
      target.setAttribute("data-collapse-ready", "");
      target.parentNode.insertBefore(button, target);
    });
  }

  // A table or map wider than the screen scrolls in its own box; a keyboard reaches it too.
  function initScrollRegions(root) {
    root.querySelectorAll(".table-scroll, .tile-map-scroll").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
      }
    });
  }

  // ECharts (about 340 KB) is fetched once the page's text has been painted, so that a phone on a
  // slow network shows the words first; a page that embeds only a chart loads it itself.
  function loadCharts() {
    var source = document.querySelector("[data-echarts]");
    if (window.echarts || !source) {
      initCharts(document);
      initChoropleths(document);
      return;
    }
    requestAnimationFrame(function () {
      setTimeout(function () {
        var script = document.createElement("script");
        script.src = source.dataset.src;
        script.addEventListener("load", loadCharts);
        document.head.appendChild(script);
      }, 0);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initCollapsibles(document);
    initScrollRegions(document);
    initErrorSummary(document);
    loadCharts();
    initTranslations(document);
    initPickers(document);
    initOptionSearch(document);
  });
  document.addEventListener("htmx:afterSwap", function (event) { initCharts(event.target); initScrollRegions(event.target); });
})();
