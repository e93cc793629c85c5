/* Briefing charts: draw every placeholder from its figure JSON, on first load and after each
   instant navigation (Material's document$), and re-theme charts when the palette changes. */
(function () {
  "use strict";
  var figures = new Map();
  var plotlyStyle = null;

  function themeLayout() {
    var style = getComputedStyle(document.body);
    var fg = style.getPropertyValue("--md-default-fg-color").trim() || "#222222";
    var grid = style.getPropertyValue("--md-default-fg-color--lightest").trim() || "#dddddd";
    return {
      "paper_bgcolor": "rgba(0,0,0,0)",
      "plot_bgcolor": "rgba(0,0,0,0)",
      "font.color": fg,
      "xaxis.gridcolor": grid,
      "yaxis.gridcolor": grid,
      "xaxis.zerolinecolor": grid,
      "yaxis.zerolinecolor": grid
    };
  }

  /* Material's instant navigation drops the <style> plotly.js adds to <head>; put it back. */
  function pinPlotlyStyle() {
    var current = document.getElementById("plotly.js-style-global");
    if (current) { plotlyStyle = current; return; }
    if (plotlyStyle) { document.head.appendChild(plotlyStyle); }
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
    load(url).then(function (spec) {
      var figure = JSON.parse(JSON.stringify(spec.figure));
      var target = document.createElement("div");
      target.className = "bf-chart__live";
      holder.appendChild(target);
      return Plotly.newPlot(target, figure.data, figure.layout, {
        responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"]
      }).then(function () {
        Plotly.relayout(target, themeLayout());
        pinPlotlyStyle();
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
  }

  function rethemeAll() {
    var layout = themeLayout();
    document.querySelectorAll(".bf-chart__live").forEach(function (el) { Plotly.relayout(el, layout); });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(drawAll);
  } else {
    document.addEventListener("DOMContentLoaded", drawAll);
  }
  new MutationObserver(rethemeAll).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
