// rasd API page: lists /openapi.json (paths, parameters, bodies, responses). textContent only.
"use strict";
(function () {
  var root = document.getElementById("api");
  var html = window.rasdDom.html;
  function typeOf(schema) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
    if (schema.enum) return schema.enum.join(" | ");
    var t = schema.type || "";
    if (t === "array") return typeOf(schema.items) + "[]";
    if (schema.pattern) t += " /" + schema.pattern + "/";
    return t;
  }
  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    while (root.firstChild) root.removeChild(root.firstChild);
    html("p", spec.info.title + " " + spec.info.version, root, "note");
    html("p", spec.info.description || "", root, "desc");
    Object.keys(spec.paths).forEach(function (path) {
      var item = spec.paths[path];
      Object.keys(item).forEach(function (method) {
        var op = item[method], box = html("section", null, root, "op");
        var h = html("h2", null, box);
        html("span", method, h, "method"); html("span", path, h, "path");
        if (op.summary) html("span", " · " + op.summary, h, "note");
        html("p", op.description || "", box, "desc");
        if (op.parameters && op.parameters.length) {
          var t = html("table", null, box), head = html("tr", null, html("thead", null, t));
          ["parameter", "in", "type", "required", "default", "description"].forEach(function (c) { html("th", c, head); });
          var body = html("tbody", null, t);
          op.parameters.forEach(function (p) {
            var tr = html("tr", null, body), s = p.schema || {};
            html("td", p.name, tr); html("td", p["in"], tr); html("td", typeOf(s), tr);
            html("td", p.required ? "yes" : "", tr); html("td", s["default"] === undefined ? "" : JSON.stringify(s["default"]), tr);
            html("td", p.description || s.description || "", tr);
          });
        }
        if (op.requestBody) {
          var content = op.requestBody.content || {};
          Object.keys(content).forEach(function (ct) { html("p", "body (" + ct + "): " + typeOf(content[ct].schema), box); });
        }
        var codes = Object.keys(op.responses || {});
        html("p", "responses: " + codes.map(function (c) { return c + " " + (op.responses[c].description || ""); }).join("; "), box, "note");
        if (method === "get" && path.indexOf("{") < 0) {
          var a = html("a", "try " + path, box); a.href = path;
        }
      });
    });
    var schemas = (spec.components || {}).schemas || {};
    html("h2", "Schemas", root);
    Object.keys(schemas).forEach(function (name) {
      var s = schemas[name], box = html("section", null, root, "op");
      html("h3", name, box);
      if (s.description) html("p", s.description, box, "desc");
      var props = s.properties || {};
      var t = html("table", null, box), body = html("tbody", null, t);
      Object.keys(props).forEach(function (k) {
        var tr = html("tr", null, body);
        html("td", k, tr); html("td", typeOf(props[k]), tr); html("td", props[k].description || "", tr);
      });
    });
  });
})();
