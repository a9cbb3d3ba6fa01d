// Kabar's only script: small enhancements; every page works without it.
(function () {
  "use strict";

  // Citation cards: hovering or focusing a citation shows the cited sentence with its outlet.
  var card = null;
  function showCard(link) {
    var text = link.getAttribute("data-cited") || link.getAttribute("title");
    if (!text) return;
    if (link.hasAttribute("title")) {
      link.setAttribute("data-cited", text);
      link.removeAttribute("title");
    }
    hideCard();
    card = document.createElement("div");
    card.className = "cite-card";
    card.setAttribute("role", "tooltip");
    var head = document.createElement("div");
    head.className = "cite-card-head";
    head.textContent = (link.getAttribute("data-outlet") || "") +
      (link.getAttribute("data-title") ? " · " + link.getAttribute("data-title") : "");
    var body = document.createElement("div");
    body.className = "cite-card-text";
    body.textContent = text;
    card.appendChild(head);
    card.appendChild(body);
    document.body.appendChild(card);
    var r = link.getBoundingClientRect();
    var width = Math.min(420, window.innerWidth - 24);
    card.style.width = width + "px";
    var left = Math.max(12, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - width - 12));
    card.style.left = left + "px";
    card.style.top = (window.scrollY + r.bottom + 8) + "px";
  }
  function hideCard() {
    if (card) { card.remove(); card = null; }
  }
  document.addEventListener("mouseover", function (e) {
    var link = e.target.closest && e.target.closest("a.cite");
    if (link) showCard(link);
  });
  document.addEventListener("mouseout", function (e) {
    var link = e.target.closest && e.target.closest("a.cite");
    if (link && !link.contains(e.relatedTarget)) hideCard();
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("a.cite")) showCard(e.target);
  });
  document.addEventListener("focusout", hideCard);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hideCard(); });

  // Highlight switches on the article page: each checkbox shows or hides one layer.
  var body = document.getElementById("body");
  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (body) body.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });

  // The cited sentence: bring it to the middle of the screen and make it pulse once.
  var cited = document.getElementById("cited");
  if (cited) {
    cited.scrollIntoView({ block: "center" });
    cited.classList.add("pulse");
  }
})();
