/* A small offline reader of /openapi.json (the usual docs pages load their scripts from a CDN). */
"use strict";
(function () {
  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) { if (k === "text") n.textContent = v; else if (k === "class") n.className = v; else n.setAttribute(k, v); }
    for (const c of kids.flat()) if (c !== null && c !== undefined) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return n;
  }
  function typeOf(schema) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
    if (schema.type === "array") return typeOf(schema.items) + "[]";
    if (schema.enum) return schema.enum.join(" | ");
    return schema.type || "";
  }
  document.addEventListener("DOMContentLoaded", async () => {
    const spec = await (await fetch("/openapi.json")).json();
    const main = document.getElementById("ops");
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const params = (op.parameters || []).map((p) => el("tr", {},
          el("td", {}, el("code", { text: p.name })), el("td", { text: p.in }), el("td", { text: typeOf(p.schema) }),
          el("td", { text: (p.required ? "required. " : "") + (p.description || "") })));
        const body = op.requestBody ? el("p", {}, "JSON body: ", el("code", { text: typeOf(op.requestBody.content["application/json"].schema) })) : null;
        const example = method === "get" && !path.includes("{") ? el("p", {}, el("a", { href: path, text: "try " + path })) : null;
        main.append(el("section", { class: "panel" },
          el("h2", {}, el("code", { text: method.toUpperCase() + " " + path })),
          el("p", { text: op.summary || "" }), op.description ? el("p", { class: "notice", text: op.description }) : null,
          body,
          params.length ? el("table", { class: "spans" }, el("thead", {}, el("tr", {}, ["name", "in", "type", ""].map((h) => el("th", { text: h })))), el("tbody", {}, params)) : null,
          el("p", { class: "notice", text: "responses: " + Object.keys(op.responses || {}).join(", ") }),
          example));
      }
    }
  });
})();
