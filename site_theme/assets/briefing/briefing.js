/* Briefing charts: draw every placeholder from its figure JSON, on first load and after each
   instant navigation (Material's document$), and re-theme charts when the palette changes.
   Plotly is fetched only when a page holds a chart, once per visit (the same cached bundle). */
(function () {
  "use strict";
  var PLOTLY_URL = new URL("../vendor/plotly-basic.min.js", document.currentScript.src).href;
  var STYLE_ID = "plotly.js-style-global";
  var PHONE = window.matchMedia("(max-width: 44.9375em)");  /* Material's own phone/tablet break */
  var figures = new Map();
  var plotly = null;
  var plotlyRules = "";

  function loadPlotly() {
    if (!plotly) {
      plotly = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = PLOTLY_URL;
        script.onload = function () { resolve(window.Plotly); };
        script.onerror = function () { reject(new Error("could not load " + PLOTLY_URL)); };
        document.head.appendChild(script);
      });
    }
    return plotly;
  }

  function themeLayout(figure) {
    var style = getComputedStyle(document.body);
    var fg = style.getPropertyValue("--md-default-fg-color").trim() || "#222222";
    var grid = style.getPropertyValue("--md-default-fg-color--lightest").trim() || "#dddddd";
    var layout = {
      "paper_bgcolor": "rgba(0,0,0,0)",
      "plot_bgcolor": "rgba(0,0,0,0)",
      "font.color": fg,
      "xaxis.gridcolor": grid,
      "yaxis.gridcolor": grid,
      "xaxis.zerolinecolor": grid,
      "yaxis.zerolinecolor": grid
    };
    (figure.layout.annotations || []).forEach(function (note, i) {
      layout["annotations[" + i + "].font.color"] = fg;  /* threshold labels follow the text colour */
    });
    return layout;
  }

  /* Plotly adds its global rules (modebar, hover labels, layout of its layers) with insertRule, which
     leaves the <style> element's text empty. Material's instant navigation drops that element from
     <head>; a re-inserted empty element would lose every rule. So keep the rules as text, and put
     a <style> holding that text back whenever the rules are missing. */
  function pinPlotlyStyle() {
    var current = document.getElementById(STYLE_ID);
    var rules = current && current.sheet ? current.sheet.cssRules.length : 0;
    if (rules > 0) {
      if (!plotlyRules) {
        plotlyRules = Array.prototype.map.call(current.sheet.cssRules, function (r) { return r.cssText; }).join("\n");
        current.textContent = plotlyRules;  /* the element now carries its rules wherever it goes */
      }
      return;
    }
    if (!plotlyRules) { return; }
    if (current) { current.remove(); }
    var style = document.createElement("style");
    style.id = STYLE_ID;
    style.textContent = plotlyRules;
    document.head.appendChild(style);
  }

  function load(url) {
    if (!figures.has(url)) {
      figures.set(url, fetch(url).then(function (response) {
        if (!response.ok) { throw new Error(response.status + " " + url); }
        return response.json();
      }));
    }
    return figures.get(url);
  }

  function draw(holder) {
    if (holder.getAttribute("data-bf-state")) { return; }
    holder.setAttribute("data-bf-state", "loading");
    var url = new URL(holder.getAttribute("data-bf-chart"), window.location.href).href;
    Promise.all([load(url), loadPlotly()]).then(function (loaded) {
      var figure = JSON.parse(JSON.stringify(loaded[0].figure));
      var Plotly = loaded[1];
      pinPlotlyStyle();
      var target = document.createElement("div");
      target.className = "bf-chart__live";
      if (figure.layout.height) { target.style.height = figure.layout.height + "px"; }  /* the timeline: a row per event */
      holder.appendChild(target);
      return Plotly.newPlot(target, figure.data, figure.layout, {
        responsive: true, displaylogo: false, displayModeBar: PHONE.matches ? false : "hover",
        modeBarButtonsToRemove: ["select2d", "lasso2d"]
      }).then(function () {
        var bars = figure.data.reduce(function (n, t) { return n + (t.type === "bar" ? t.x.length : 0); }, 0);
        /* On a phone a crowded bar chart keeps its values in the tooltips and the data table. */
        return bars > 8 && PHONE.matches ? Plotly.restyle(target, { textposition: "none" }) : null;
      }).then(function () {
        return Plotly.relayout(target, themeLayout(figure));
      }).then(function () {
        holder.setAttribute("data-bf-state", "drawn");
      });
    }).catch(function (error) {
      holder.setAttribute("data-bf-state", "static");
      console.warn("chart kept as a static image:", error.message);
    });
  }

  function drawAll() {
    pinPlotlyStyle();
    document.querySelectorAll("[data-bf-chart]").forEach(draw);
    markWideTables();
  }

  /* A table wider than its column gets a line above it saying it scrolls, and shaded edges (CSS). */
  function markWideTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      var wide = wrap.scrollWidth > wrap.clientWidth + 1;
      wrap.classList.toggle("bf-overflows", wide);
      var hint = wrap.previousElementSibling;
      var hinted = hint !== null && hint.classList.contains("bf-scroll-hint");
      if (wide && !hinted) {
        hint = document.createElement("p");
        hint.className = "bf-scroll-hint";
        hint.textContent = "This table is wider than the screen: scroll it sideways to see every column.";
        wrap.parentNode.insertBefore(hint, wrap);
      } else if (!wide && hinted) {
        hint.remove();
      }
    });
  }

  /* A chart being re-coloured says so ("theming") until Plotly has redrawn it, as one being drawn does. */
  function rethemeAll() {
    document.querySelectorAll(".bf-chart__live").forEach(function (el) {
      if (!el.layout) { return; }
      var holder = el.parentNode;
      holder.setAttribute("data-bf-state", "theming");
      window.Plotly.relayout(el, themeLayout(el)).then(function () { holder.setAttribute("data-bf-state", "drawn"); });
    });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(drawAll);
  } else {
    document.addEventListener("DOMContentLoaded", drawAll);
  }
  window.addEventListener("resize", markWideTables);
  new MutationObserver(rethemeAll).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
