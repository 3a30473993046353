import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  AUDIENCE_PATTERN,
  AUDIENCE_UNITS,
  DURATION_PATTERN,
  ENVIRONMENT_ORDER,
  Gate,
  Link,
  METRIC_ONLY_FIELDS,
  RolloutPlan,
  VARIABLE_VALUE_PATTERN,
  checkStages,
  classifyGate,
  compareMode,
  effectiveWindow,
  gateKindsOf,
  isKnownTimeZone,
  isRealDay,
  knownTimeZones,
  own,
  parseClock,
  parsePlanTime,
  planTimeZone,
  rampExposure,
  rampText,
  windowHours
} from "./chunk-4UT3FWL7.js";
import {
  RollbookConfig
} from "./chunk-4EVLPBYK.js";
import {
  Type
} from "./chunk-ELWZLMOX.js";
import {
  singleLine
} from "./chunk-WBADEOUP.js";
import {
  MAX_DIAGNOSTICS_PER_FILE,
  START_OF_FILE
} from "./chunk-2Y4U2LYP.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import {
  closest,
  didYouMean,
  listOf
} from "./chunk-DSNISORP.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";
import {
  __commonJS
} from "./chunk-4AQ7M4HS.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// action/src/plan/yaml-source.ts
import { isUtf8 } from "node:buffer";

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy2 = new _Directives(this.yaml, this.tags);
    copy2.docStart = this.docStart;
    return copy2;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy2.range = this.range.slice();
    return copy2;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy2.schema = schema4;
    copy2.items = copy2.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy2.range = this.range.slice();
    return copy2;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str += "\\x" + code.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type2) {
    const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy2 = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy2.tags = this.tags.slice();
    return copy2;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy2 = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy2.commentBefore = this.commentBefore;
    copy2.comment = this.comment;
    copy2.errors = this.errors.slice();
    copy2.warnings = this.warnings.slice();
    copy2.options = Object.assign({}, this.options);
    if (this.directives)
      copy2.directives = this.directives.clone();
    copy2.schema = this.schema.clone();
    copy2.contents = isNode(this.contents) ? this.contents.clone(copy2.schema) : this.contents;
    if (this.range)
      copy2.range = this.range.slice();
    return copy2;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// action/src/plan/comment-cut.ts
var COMMENT_CUT_CODE = "yaml/comment-cuts-text";
var QUOTED_MAX = 60;
function childSchemas(schemas2, key) {
  const out = [];
  const visit3 = (node) => {
    if (node.anyOf) for (const branch of node.anyOf) visit3(branch);
    if (typeof key === "number" && node.items) out.push(node.items);
    if (typeof key !== "string") return;
    const named = node.properties?.[key];
    if (named) out.push(named);
    else if (node.patternProperties) out.push(...Object.values(node.patternProperties));
    else if (typeof node.additionalProperties === "object") out.push(node.additionalProperties);
  };
  for (const schema4 of schemas2) visit3(schema4);
  return out;
}
function isFreeText(schemas2) {
  return schemas2.some(
    (node) => node.anyOf ? isFreeText(node.anyOf) : node.type === "string" && node.enum === void 0 && node.const === void 0 && node.pattern === void 0 && node.format === void 0
  );
}
function doubleQuoted(text) {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
function isCutCandidate(node) {
  return isScalar(node) && node.type === Scalar.PLAIN && node.comment !== void 0 && Boolean(node.range);
}
var mayHoldCut = (node) => isMap(node) || isSeq(node) || isCutCandidate(node);
function commentCutWarnings(doc, text, lineCounter, file, schema4) {
  const out = [];
  const stack = [[doc.contents, [schema4]]];
  while (stack.length > 0) {
    const [node, schemas2] = stack.pop();
    if (schemas2.length === 0) continue;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
        if (key !== void 0 && mayHoldCut(pair.value)) stack.push([pair.value, childSchemas(schemas2, key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (mayHoldCut(item)) stack.push([item, childSchemas(schemas2, i)]);
      });
    } else if (isCutCandidate(node)) {
      if (typeof node.value !== "string" || !isFreeText(schemas2)) continue;
      const warning = cutWarning(node.value, node.range[1], text, lineCounter, file);
      if (warning) out.push(warning);
    }
  }
  return out;
}
function cutWarning(value, valueEnd, text, lineCounter, file) {
  let hash = valueEnd;
  while (text[hash] === " " || text[hash] === "	") hash++;
  if (text[hash] !== "#" || hash === valueEnd) return void 0;
  const lineEnd = text.indexOf("\n", hash);
  const comment = text.slice(hash, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, "");
  const whole = `${value}${text.slice(valueEnd, hash)}${comment}`;
  const from = lineCounter.linePos(hash);
  return {
    file,
    line: from.line,
    column: from.col,
    endLine: from.line,
    endColumn: from.col + comment.length,
    severity: "warning",
    code: COMMENT_CUT_CODE,
    message: `the text stops before " #": YAML reads "${truncate(comment, QUOTED_MAX)}" as a comment, so the value is only "${truncate(value, QUOTED_MAX)}"`,
    expected: 'text that contains " #" written in quotes',
    hint: `quote the whole value: ${truncate(doubleQuoted(whole), QUOTED_MAX * 2)} (if the rest really is a comment, put it on a line of its own)`
  };
}

// action/src/plan/locate.ts
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(map2) {
  let index = indexes.get(map2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const pair of map2.items) {
      const key = pair.key;
      const text = String(isScalar(key) ? key.value : key);
      if (!index.has(text)) index.set(text, { key, value: pair.value ?? void 0 });
    }
    indexes.set(map2, index);
  }
  return index;
}
function child(node, segment) {
  if (isMap(node)) return indexOf(node).get(String(segment));
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === void 0 ? void 0 : { value: item };
  }
  return void 0;
}
function rangeOf(node) {
  const range = node?.range;
  if (!range) return void 0;
  return [range[0], range[1]];
}
function rangeWithin(source, [start, end], within) {
  let from = start;
  for (let n = 0; ; n++) {
    const found = source.indexOf(within.text, from);
    if (found < 0 || found + within.text.length > end) return void 0;
    if (n === within.occurrence) return [found, found + within.text.length];
    from = found + within.text.length;
  }
}
function createLocator(doc, lineCounter, source) {
  const toPosition = ([start, end]) => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end - 1));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col + 1 };
  };
  return {
    locate(path, anchor = "value", within) {
      let node = doc.contents;
      let best = rangeOf(node);
      for (let i = 0; i < path.length; i++) {
        const found = child(node, path[i]);
        if (!found) break;
        const last = i === path.length - 1;
        const pick = last && anchor === "key" && found.key ? found.key : found.value ?? found.key;
        best = rangeOf(pick) ?? best;
        node = found.value;
        if (node === void 0) break;
        if (last && within && source !== void 0 && best) best = rangeWithin(source, best, within) ?? best;
      }
      return best ? toPosition(best) : START_OF_FILE;
    }
  };
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || "(top level)";
}

// action/src/plan/plain-data.ts
var MERGE_TAG = "tag:yaml.org,2002:merge";
var NeedsLibrary = class extends Error {
};
function plainData(doc) {
  if (doc.schema.name !== "core" || doc.schema.tags.some((tag) => tag.tag === MERGE_TAG)) return void 0;
  try {
    return { data: plainValue2(doc.contents) };
  } catch (error) {
    if (error instanceof NeedsLibrary) return void 0;
    throw error;
  }
}
function plainValue2(node) {
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === "bigint") return Number(value);
    if (value === void 0 || value !== null && typeof value === "object") throw new NeedsLibrary();
    return value;
  }
  if (isMap(node)) {
    const out = /* @__PURE__ */ Object.create(null);
    for (const pair of node.items) addPair(out, pair);
    return out;
  }
  if (isSeq(node)) {
    const out = new Array(node.items.length);
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      if (isPair(item)) {
        const single = /* @__PURE__ */ Object.create(null);
        addPair(single, item);
        out[i] = single;
      } else out[i] = plainValue2(item);
    }
    return out;
  }
  if (node === null) return null;
  throw new NeedsLibrary();
}
function addPair(out, pair) {
  const key = pair.key;
  let text;
  if (key === null) text = "";
  else if (isScalar(key)) {
    const value = key.value;
    if (value !== null && typeof value === "object") throw new NeedsLibrary();
    text = value === null ? "" : String(typeof value === "bigint" ? Number(value) : value);
  } else throw new NeedsLibrary();
  out[text] = plainValue2(pair.value);
}

// action/src/plan/yaml-hints.ts
var MAX_QUOTED_KEY_CHARS = 41;
var MAX_SHOWN_CHARS = 81;
var quotedKey = (key) => `"${truncate(key, MAX_QUOTED_KEY_CHARS)}"`;
var shownQuoted = (text) => doubleQuoted(truncate(text, MAX_SHOWN_CHARS));
var CODE_HINTS = {
  DUPLICATE_KEY: "each key may appear once per mapping; merge the two entries",
  NON_STRING_KEY: 'write the key as plain text; if its brackets or braces are part of its name, quote it: "[a, b]": value',
  TAB_AS_INDENT: "YAML indents with spaces only; replace the tab",
  BAD_INDENT: "check that this line lines up with its siblings",
  MISSING_CHAR: "a quote or bracket is not closed",
  BLOCK_AS_IMPLICIT_KEY: "a key is missing its colon, or a value is indented too far",
  MULTILINE_IMPLICIT_KEY: "a key must be on one line; did you forget a colon on the line before?",
  UNEXPECTED_TOKEN: "quote values that contain characters such as `:`, `#`, `{` or `[`",
  BAD_SCALAR_START: "quote the value: YAML does not let an unquoted value start with this character",
  ALIAS_PROPS: "an alias cannot carry a tag or an anchor",
  BAD_ALIAS: 'YAML reads a value that starts with "*" as an alias of an anchor ("&name"); if it is text, quote it',
  RESOURCE_EXHAUSTION: "the document uses too many aliases; write the values out, or share them in fewer places",
  MULTIPLE_DOCS: 'a line of "---" starts another document; remove it, and move what follows to a file of its own if it is another plan'
};
var CODE_EXPECTED = {
  MULTIPLE_DOCS: "one YAML document per file"
};
function codeExpected(code) {
  return CODE_EXPECTED[code] ?? "valid YAML";
}
var MESSAGE_HINTS = [
  ["MISSING_CHAR", /closing .?quote/i, "the quote is not closed; close it, or drop the opening one"],
  [
    "MISSING_CHAR",
    /without - indicator/i,
    'each item of a list starts with "- "; if this line is not an item, line it up with the keys above it'
  ],
  [
    "MISSING_CHAR",
    /implicit map keys need to be followed by map values/i,
    'put a colon after the key ("key: value"); if the line goes on from the one above, indent it further'
  ],
  ["MISSING_CHAR", /comments must be separated/i, 'put a space before "#", or quote the value that contains it'],
  ["MISSING_CHAR", /tags and anchors must be separated/i, "put a space after the tag or anchor"],
  [
    "BAD_INDENT",
    /flow (sequence|map).*end with/i,
    'a bracket is not closed: end the list with "]", a mapping with "}"'
  ]
];
var KEY_VALUE_CODES = /* @__PURE__ */ new Set(["MULTILINE_IMPLICIT_KEY", "BLOCK_AS_IMPLICIT_KEY", "MISSING_CHAR"]);
function splitAtColon(line) {
  const colon = line.indexOf(":");
  if (colon < 0) return void 0;
  const head = line.slice(0, colon);
  const key = head.trimStart().replace(/^- +/, "");
  if (key === "" || /[\s"'#[\]{},]/.test(key)) return void 0;
  return { head, key, after: line.slice(colon + 1) };
}
var EQUALS_PAIR = /^(\s*(?:- +)?)([\w.-]+) *=(.*)$/;
function writtenValue(line) {
  const split = splitAtColon(line);
  const trimmed = line.trimStart();
  const [lead, rest] = split ? [`${split.head.trimStart()}: `, split.after] : trimmed.startsWith("- ") ? ["- ", trimmed.slice(2)] : [void 0, ""];
  if (lead === void 0) return void 0;
  const comment = rest.search(/\s#/);
  return { lead, value: (comment >= 0 ? rest.slice(0, comment) : rest).trim() };
}
var BLOCK_INDICATOR_WITH_TEXT = /^([|>][-+0-9]*)[ \t]+[^\s#]/;
function hintFromLine(code, message, line, column) {
  if (code === "BAD_ALIAS" || code === "UNEXPECTED_TOKEN") {
    const written2 = writtenValue(line);
    if (written2?.value.startsWith("*")) {
      return `${codeHint("BAD_ALIAS")}: ${truncate(written2.lead, MAX_SHOWN_CHARS)}${shownQuoted(written2.value)}`;
    }
    const indicator = written2 && BLOCK_INDICATOR_WITH_TEXT.exec(written2.value)?.[1];
    if (indicator) {
      return `the text of a block scalar starts on the line after "${indicator}", indented further than its key; or drop "${indicator}" to keep the text on this line`;
    }
  }
  if (code === "BAD_SCALAR_START") {
    const start = column - 1;
    const inFlow = /[[{,]\s*$/.test(line.slice(0, start));
    const rest = line.slice(start);
    const end = inFlow ? rest.search(/[,\]}]/) : rest.search(/\s#/);
    const value2 = (end < 0 ? rest : rest.slice(0, end)).trim();
    const reserved = /character (\S+)/.exec(message)?.[1] ?? value2[0];
    return `quote the value, as ${shownQuoted(value2)}: YAML does not let an unquoted value start with "${reserved}"`;
  }
  if (!KEY_VALUE_CODES.has(code)) return void 0;
  const equals = EQUALS_PAIR.exec(line);
  if (equals && !/:(\s|$)/.test(equals[3])) {
    const [, lead, key2, value2] = equals;
    const written2 = truncate(`${lead.trimStart()}${key2}: ${value2.trim()}`, MAX_SHOWN_CHARS);
    return `YAML puts a colon between a key and its value, not "=": ${written2}`;
  }
  const split = splitAtColon(line);
  if (!split) return void 0;
  const { head, key, after } = split;
  if (after !== "" && !/^\s/.test(after) && !after.startsWith("//")) {
    return `put a space after the colon: ${truncate(`${key}: ${after.trim()}`, MAX_SHOWN_CHARS)}`;
  }
  const value = after.trim();
  if (column > head.length + 1 && /:(\s|$)/.test(value) && !/^["'[{|>]/.test(value)) {
    return `the value has ": " in it, which YAML reads as another key; quote the whole value: ${key}: ${shownQuoted(value)}`;
  }
  return void 0;
}
function codeHint(code) {
  return CODE_HINTS[code] ?? "check the YAML syntax around this position";
}
function yamlHint(code, message, line, column) {
  return hintFromLine(code, message, line, column) ?? MESSAGE_HINTS.find(([c, words]) => c === code && words.test(message))?.[2] ?? codeHint(code);
}

// action/src/plan/yaml-indent.ts
var ITEM_MARK = "- ";
function splitKey(body) {
  const first = body[0];
  if (first === void 0 || "#{[&*!|>".includes(first)) return void 0;
  let from = 0;
  if (first === '"' || first === "'") {
    const close = body.indexOf(first, 1);
    if (close < 0) return void 0;
    from = close + 1;
  }
  for (let i = from; i < body.length; i++) {
    const c = body[i];
    if (c === "#" && (i === 0 || body[i - 1] === " ")) return void 0;
    if (c === ":" && (i + 1 === body.length || body[i + 1] === " ")) {
      return { key: body.slice(0, i).trim(), value: body.slice(i + 1) };
    }
  }
  return void 0;
}
function withoutComment(value) {
  const comment = value.search(/\s#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}
function readContent(line) {
  const text = line.endsWith("\r") ? line.slice(0, -1) : line;
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  const rest = text.slice(indent).trimEnd();
  if (rest === "" || rest.startsWith("#")) return void 0;
  const item = rest === "-" || rest.startsWith("- ");
  const body = item ? rest.slice(1).trimStart() : rest;
  const bodyColumn = indent + (rest.length - body.length);
  const key = splitKey(body);
  const value = withoutComment(key ? key.value : item ? body : "");
  const blockScalar = /^[|>][-+0-9]*$/.test(value);
  return {
    indent,
    text: rest,
    item,
    ...key ? { key: key.key, keyColumn: bodyColumn } : {},
    hasValue: value !== "",
    scalarValue: value !== "" && !blockScalar && !"[{&*!".includes(value[0]),
    blockScalar
  };
}
var spaces = (n) => plural(n, "space");
function placeAt(level, forItem, shown) {
  const how = level.column === 0 ? "start it at the beginning of the line" : `indent it ${spaces(level.column)}`;
  if (forItem && level.itemLine !== void 0) return `${how}, like the list item on line ${shown(level.itemLine)}`;
  return `${how}, like ${quotedKey(level.keyName)} on line ${shown(level.keyLine)}`;
}
function orMoveLone(lines, levels, level, indent, shown) {
  if (level.keyLine === void 0 || level.keyLine !== level.opened) return "";
  const index = levels.indexOf(level);
  const parent = index > 0 ? levels[index - 1] : void 0;
  if (level.itemDash === void 0) {
    if (indent <= (parent?.column ?? -1)) return "";
    return `; or, if ${quotedKey(level.keyName)} is the one out of line, indent it ${spaces(indent)} instead`;
  }
  const dash = indent - (level.column - level.itemDash);
  const owner = parent?.keyLine !== void 0 ? parent : index > 1 ? levels[index - 2] : void 0;
  const floor = owner === void 0 ? 0 : owner.keyLine !== void 0 ? owner.column : owner.column + 1;
  if (dash < floor) return "";
  if (parent?.firstItemLine !== level.keyLine) return "";
  if (followedByItem(lines, level.keyLine, level.itemDash)) return "";
  return `; or, if the list item on line ${shown(level.keyLine)} is the one out of line, indent its "-" ${spaces(dash)} instead`;
}
var nextNoDeeper = /* @__PURE__ */ new WeakMap();
function nextNoDeeperOf(lines) {
  let next = nextNoDeeper.get(lines);
  if (next) return next;
  next = new Int32Array(lines.length).fill(lines.length);
  const open = [];
  for (let i = 0; i < lines.length; i++) {
    const content = readContent(lines[i]);
    if (!content) continue;
    while (open.length > 0 && open.at(-1).indent >= content.indent) next[open.pop().index] = i;
    open.push({ index: i, indent: content.indent });
  }
  nextNoDeeper.set(lines, next);
  return next;
}
function followedByItem(lines, line, dash) {
  const next = nextNoDeeperOf(lines)[line - 1];
  const content = next < lines.length ? readContent(lines[next]) : void 0;
  return content?.item === true && content.indent === dash;
}
function candidates(levels, indent, forItem) {
  const items = forItem ? levels.filter((l) => l.itemLine !== void 0) : [];
  const fits = items.length > 0 ? items : levels.filter((l) => l.keyLine !== void 0);
  const below = fits.filter((l) => l.column < indent).at(-1);
  const above = fits.find((l) => l.column > indent);
  const found = [below, above].filter((l) => l !== void 0);
  if (found.length < 2) return found;
  const [b, a] = [indent - below.column, above.column - indent];
  return b === a ? [above, below] : b < a ? [below] : [above];
}
function blockEnd(lines, line, column) {
  for (let i = line; i < lines.length; i++) {
    const content = readContent(lines[i]);
    if (content && content.indent <= column) return i;
  }
  return lines.length;
}
function findMisindentedLines(text, errorLines, firstLine = 1) {
  const shown = (line) => line + firstLine - 1;
  const findings = [];
  if (errorLines.size === 0) return findings;
  let lastError = 0;
  for (const line of errorLines) lastError = Math.max(lastError, line);
  const lines = text.split("\n");
  const levels = [];
  let previous;
  let scalar;
  let explainedTo = 0;
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const raw = lines[i];
    if (/^ *\t/.test(raw)) break;
    const content = readContent(raw);
    if (!content) continue;
    if (scalar && content.indent > scalar.owner) {
      scalar.text ??= content.indent;
      if (content.indent >= scalar.text) continue;
    }
    const endedScalar = scalar;
    scalar = void 0;
    const { indent } = content;
    const judged = lineNumber > explainedTo && (content.key !== void 0 || content.item);
    const onError = errorLines.has(lineNumber);
    const afterError = previous !== void 0 && errorLines.has(previous.line);
    if (judged && (onError || afterError)) {
      const finding = judge(lines, levels, previous, content, lineNumber, onError, endedScalar?.text, shown);
      if (finding) {
        findings.push(finding);
        explainedTo = finding.explains.to;
      }
    }
    if (lineNumber > lastError && !afterError) break;
    while (levels.length > 0 && levels.at(-1).column > indent) levels.pop();
    let level = levels.at(-1);
    if (level?.column !== indent) {
      level = { column: indent, opened: lineNumber };
      levels.push(level);
    }
    if (content.item) {
      level.itemLine = lineNumber;
      level.firstItemLine ??= lineNumber;
    } else if (content.key !== void 0) {
      Object.assign(level, { keyLine: lineNumber, keyName: content.key });
      delete level.firstItemLine;
    }
    if (content.item && content.key !== void 0 && content.keyColumn !== void 0) {
      levels.push({
        column: content.keyColumn,
        keyLine: lineNumber,
        keyName: content.key,
        opened: lineNumber,
        itemDash: indent
      });
    }
    if (content.blockScalar) scalar = { owner: content.keyColumn ?? indent };
    previous = { line: lineNumber, content };
  }
  return findings;
}
function judge(lines, levels, previous, content, line, onError, scalarText, shown) {
  const { indent, item } = content;
  const what = item ? "this list item" : quotedKey(content.key);
  const width = item ? 1 : content.key.length;
  const found = (code, words, from, column, fixed) => ({
    code,
    line,
    indent,
    startColumn: indent + 1,
    endColumn: indent + 1 + width,
    ...words,
    explains: { from, to: blockEnd(lines, line, column) },
    fixed
  });
  const indented = (column) => " ".repeat(column) + content.text;
  const top = levels.at(-1);
  const at = levels.find((l) => l.column === indent);
  if (onError && !item && /^-[^\s-]/.test(content.text)) {
    const written2 = `${ITEM_MARK}${content.text.slice(1)}`;
    return found(
      "dash-without-space",
      {
        message: `${what} has no space after its "-", so YAML does not read it as a list item`,
        expected: 'a list item: "- " and then its content',
        hint: `put a space after the "-": ${truncate(written2, MAX_SHOWN_CHARS)}`
      },
      line,
      indent,
      `${" ".repeat(indent)}${written2}`
    );
  }
  if (top?.keyLine !== void 0 && scalarText !== void 0 && indent > top.column && indent < scalarText) {
    return found(
      "bad-indent",
      {
        message: `${what} is indented ${spaces(indent)}: more than ${quotedKey(top.keyName)} on line ${shown(top.keyLine)} and less than its text, so it ends that text without starting anything`,
        expected: `text indented ${spaces(scalarText)} or more, or a key lined up with the keys of its mapping`,
        hint: `indent it ${spaces(scalarText)} to keep it in the text of ${quotedKey(top.keyName)}; or ${placeAt(top, false, shown)}`
      },
      line,
      top.column,
      indented(scalarText)
    );
  }
  if (top && indent > top.column && previous?.content.scalarValue && !item) {
    const owner = levels.find((l) => l.keyLine === previous.line) ?? top;
    if (owner.keyLine === void 0) return void 0;
    return found(
      "bad-indent",
      {
        message: `${what} is indented more than ${quotedKey(owner.keyName)} on line ${shown(owner.keyLine)}, so YAML reads it as part of that value`,
        expected: "a key lined up with the keys of its mapping",
        hint: `${placeAt(owner, false, shown)}${orMoveLone(lines, levels, owner, indent, shown)}`
      },
      previous.line,
      owner.column,
      indented(owner.column)
    );
  }
  if (!onError) return void 0;
  const between = top !== void 0 && indent < top.column && at === void 0;
  const besideItemsOnly = !item && at !== void 0 && at.keyLine === void 0 && at.itemLine !== void 0;
  const listUnderKey = previous !== void 0 && previous.line === at?.keyLine && !previous.content.hasValue;
  const besideKeysOnly = item && at?.itemLine === void 0 && at?.keyLine !== void 0 && !listUnderKey;
  if (!between && !besideItemsOnly && !besideKeysOnly) return void 0;
  const options = candidates(levels, indent, item);
  if (options.length === 0) return void 0;
  const message = between ? `${what} is indented ${spaces(indent)}, which lines up with nothing above it` : besideItemsOnly ? `${what} lines up with the "-" of the list item on line ${shown(at.itemLine)}, where keys do not start` : `${what} lines up with ${quotedKey(at.keyName)} on line ${shown(at.keyLine)}, a key of a mapping, where list items do not start`;
  const lower = Math.min(...options.map((o) => o.column), indent);
  const lineUp = options.map((o) => placeAt(o, item, shown)).join("; or ");
  const expected = `the indentation of a block it belongs to: ${options.map((o) => spaces(o.column)).join(" or ")}`;
  const next = besideItemsOnly ? nextContent(lines, line) : void 0;
  if (next?.key !== void 0 && !next.item && next.indent === indent + ITEM_MARK.length) {
    const written2 = `${ITEM_MARK}${content.text}`;
    return found(
      "bad-indent",
      {
        message,
        expected: `a list item ("- " and then its first key), or ${expected}`,
        hint: `make it an item of that list: ${truncate(written2, MAX_SHOWN_CHARS)}; or ${lineUp}`
      },
      line,
      lower,
      `${" ".repeat(indent)}${written2}`
    );
  }
  return found(
    "bad-indent",
    {
      message,
      expected,
      hint: lineUp + (!item && options[0].column > indent ? orMoveLone(lines, levels, options[0], indent, shown) : "")
    },
    line,
    lower,
    indented(options[0].column)
  );
}
function nextContent(lines, line) {
  for (let i = line; i < lines.length; i++) {
    const content = readContent(lines[i]);
    if (content) return content;
  }
  return void 0;
}
function withFindingsFixed(text, findings) {
  if (findings.length === 0) return text;
  const lines = text.split("\n");
  for (const { line, fixed } of findings) {
    const old = lines[line - 1];
    lines[line - 1] = old.endsWith("\r") ? `${fixed}\r` : fixed;
  }
  return lines.join("\n");
}

// action/src/plan/yaml-tabs.ts
var TAB_GUESSES = ["level", "line-above"];
function linesStartingWithTab(text) {
  return text.split("\n").flatMap((line, index) => line.startsWith("	") ? [index] : []);
}
var SPACES_PER_LEVEL = 2;
var LEADING_BLANKS = /^[ \t]*/;
function withTabsReplaced(text, lines, guess) {
  const out = text.split("\n");
  let above = "";
  let opensBlock = false;
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    const indent = LEADING_BLANKS.exec(line)[0];
    const body = line.slice(indent.length).trimEnd();
    let rewritten = indent;
    if (lines.has(i)) {
      rewritten = guess === "level" ? indent.replaceAll("	", " ".repeat(SPACES_PER_LEVEL)) : above + (opensBlock ? " ".repeat(SPACES_PER_LEVEL) : "");
      out[i] = rewritten + line.slice(indent.length);
    }
    if (body === "" || body.startsWith("#")) continue;
    above = rewritten;
    opensBlock = body.endsWith(":");
  }
  return out.join("\n");
}

// action/src/plan/yaml-source.ts
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var MAX_ALIASES = 100;
var MAX_NESTING_DEPTH = 64;
function lineAndColumnOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || bytes[i] === 13 && bytes[i + 1] !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 194 && b < 224 ? 1 : b >= 224 && b < 240 ? 2 : b >= 240 && b < 245 ? 3 : -1;
    if (need < 0) return i;
    const second = bytes[i + 1];
    const [low, high] = b === 224 ? [160, 191] : b === 237 ? [128, 159] : b === 240 ? [144, 191] : b === 244 ? [128, 143] : [128, 191];
    if (need > 0 && (second === void 0 || second < low || second > high)) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return -1;
}
function utf16Order(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "little-endian";
  if (bytes[0] === 254 && bytes[1] === 255) return "big-endian";
  if (bytes.length < 4) return void 0;
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return "little-endian";
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return "big-endian";
  return void 0;
}
function decodeSource(bytes, file, totalBytes = bytes.length) {
  const fileError = (code, message, hint, expected, at = START_OF_FILE) => ({
    diagnostics: [{ file, ...at, severity: "error", code, message, expected, hint }]
  });
  if (totalBytes > MAX_FILE_BYTES) {
    return fileError(
      "file/too-large",
      `the file is ${(totalBytes / 1024 / 1024).toFixed(1)} MiB; Rollbook reads plan files up to ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
      "split the plan, or check that this is the file you meant",
      `a YAML file of at most ${MAX_FILE_BYTES} bytes`
    );
  }
  const utf16 = utf16Order(bytes);
  if (utf16) {
    return fileError(
      "file/encoding",
      `the file is UTF-16 (${utf16}), not UTF-8`,
      're-save the file as UTF-8 (most editors offer it as "Save with Encoding")',
      "UTF-8 text"
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = lineAndColumnOfByte(bytes, nul);
    return fileError(
      "file/binary",
      "the file contains a NUL byte: it looks like a binary file, not YAML",
      "check the path; plans are UTF-8 text files named *.rollout.yaml",
      "UTF-8 text",
      { line, column, endLine: line, endColumn: column + 1 }
    );
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineAndColumnOfByte(bytes, bad);
    const surrogate = bytes[bad] === 237 && (bytes[bad + 1] ?? 0) >= 160;
    return fileError(
      "file/encoding",
      surrogate ? `bytes 0x${[...bytes.subarray(bad, bad + 3)].map((b) => b.toString(16)).join(" 0x")} at offset ${bad} encode a UTF-16 surrogate, which is not valid UTF-8` : `byte 0x${bytes[bad].toString(16).padStart(2, "0")} at offset ${bad} is not valid UTF-8`,
      "re-save the file as UTF-8 (it may be Latin-1 or UTF-16)",
      "UTF-8 text",
      { line, column, endLine: line, endColumn: column + 1 }
    );
  }
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  return { text, diagnostics: [] };
}
function lineText(text, lineCounter, line) {
  const start = lineCounter.lineStarts[line - 1] ?? text.length;
  const end = text.indexOf("\n", start);
  const whole = text.slice(start, end < 0 ? text.length : end);
  return whole.endsWith("\r") ? whole.slice(0, -1) : whole;
}
function lastAtOrBefore(sorted, position, at) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (at(sorted[middle]) <= position) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? sorted[low - 1] : void 0;
}
function openingQuote(error, unclosedQuotes) {
  if (error.code !== "MISSING_CHAR" || !/closing .?quote/i.test(error.message)) return void 0;
  const before = lastAtOrBefore(unclosedQuotes, error.pos[0], (offset) => offset);
  return before === void 0 ? void 0 : [before, before + 1];
}
var OPEN_COLLECTIONS = {
  "[": { kind: "list", close: "]" },
  "{": { kind: "mapping", close: "}" }
};
function openingBracket(error, { unclosedBrackets: unclosed, lineCounter, firstLine }) {
  const kind = /^flow (sequence|map)\b/i.exec(error.message)?.[1]?.toLowerCase();
  if (error.code !== "BAD_INDENT" || kind === void 0 || !/end with/i.test(error.message)) return void 0;
  const opener = lastAtOrBefore(unclosed, error.pos[0], (b) => b.offset);
  if (opener?.bracket !== (kind === "sequence" ? "[" : "{")) return void 0;
  const { kind: what, close } = OPEN_COLLECTIONS[opener.bracket];
  const endedAt = lineCounter.linePos(error.pos[0]).line;
  if (endedAt <= lineCounter.linePos(opener.offset).line) return void 0;
  return {
    range: [opener.offset, opener.offset + 1],
    close,
    words: {
      message: `the ${what} opened here with "${opener.bracket}" is not closed with "${close}" before line ${endedAt + firstLine - 1}`,
      expected: `"${close}" at the end of the ${what}, with each line it goes on to indented more than its key`,
      hint: `close it with "${close}"; if it goes on to more lines, indent them further than the key it belongs to`
    }
  };
}
function yamlErrorToDiagnostic(error, text, file, composed, severity) {
  const { lineCounter, unclosedQuotes } = composed;
  const bracket = openingBracket(error, composed);
  const [start, end] = openingQuote(error, unclosedQuotes) ?? bracket?.range ?? error.pos;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return {
    file,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: Math.max(to.col, from.col + 1),
    severity,
    code: `yaml/${error.code.toLowerCase().replace(/_/g, "-")}`,
    ...bracket?.words ?? {
      message: message.charAt(0).toLowerCase() + message.slice(1),
      expected: codeExpected(error.code),
      hint: yamlHint(error.code, message, lineText(text, lineCounter, from.line), from.col)
    }
  };
}
function withIndentFinding(errors, text, file, firstLine) {
  const findings = findMisindentedLines(text, new Set(errors.map((d) => d.line)), firstLine);
  if (findings.length === 0) return errors;
  const explained = /* @__PURE__ */ new Set();
  for (const { explains } of findings) for (let line = explains.from; line <= explains.to; line++) explained.add(line);
  const fixedLines = new Set(findings.map((f) => f.line));
  const fixedText = withFindingsFixed(text, findings);
  const fixed = compose(fixedText, firstLine);
  const reported = new Set(errors.map((d) => `${d.line} ${d.code}`));
  const others = fixed.tooDeepAt === void 0 ? fixed.doc.errors.map((e) => yamlErrorToDiagnostic(e, fixedText, file, fixed, "error")).filter(
    (d) => explained.has(d.line) && !fixedLines.has(d.line) && (d.code !== "yaml/duplicate-key" || reported.has(`${d.line} ${d.code}`))
  ) : [];
  const found = findings.map((finding) => ({
    file,
    line: finding.line,
    column: finding.startColumn,
    endLine: finding.line,
    endColumn: finding.endColumn,
    severity: "error",
    code: `yaml/${finding.code}`,
    message: finding.message,
    expected: finding.expected,
    hint: finding.hint
  }));
  return [...errors.filter((d) => !explained.has(d.line)), ...others, ...found].sort(
    (a, b) => a.line - b.line || a.column - b.column
  );
}
function withUnclosedExplained(yamlErrors, text, file, composed) {
  const errors = yamlErrors.map((e) => yamlErrorToDiagnostic(e, text, file, composed, "error"));
  const unclosed = yamlErrors.flatMap((e, index) => {
    const bracket = openingBracket(e, composed);
    return bracket ? [{ index, at: bracket.range[0], close: bracket.close }] : [];
  });
  if (unclosed.length === 0) return errors;
  let fixedText = text;
  for (const { at, close } of [...unclosed].sort((a, b) => b.at - a.at)) {
    const newline = fixedText.indexOf("\n", at);
    const end = at + fixedText.slice(at, newline < 0 ? fixedText.length : newline).trimEnd().length;
    fixedText = fixedText.slice(0, end) + close + fixedText.slice(end);
  }
  const fixed = compose(fixedText, composed.firstLine);
  if (fixed.tooDeepAt !== void 0) return errors;
  const still = new Set(
    fixed.doc.errors.map((e) => {
      const d = yamlErrorToDiagnostic(e, fixedText, file, fixed, "error");
      return `${d.line} ${d.code}`;
    })
  );
  const openers = new Set(unclosed.map((u) => u.index));
  return errors.filter((d, index) => openers.has(index) || still.has(`${d.line} ${d.code}`));
}
var TAB_CODE = "yaml/tab-as-indent";
var MAX_TAB_LINES_APART = 3;
var TAB_LINES_NAMED = 3;
function withTabsExplained(errors, text, file, firstLine) {
  const tabs = errors.filter((d) => d.code === TAB_CODE);
  if (tabs.length === 0) return errors;
  const tabLines = /* @__PURE__ */ new Set([...tabs.map((d) => d.line - 1), ...linesStartingWithTab(text)]);
  let remaining;
  for (const guess of TAB_GUESSES) {
    const fixedText = withTabsReplaced(text, tabLines, guess);
    const fixed = compose(fixedText, firstLine);
    if (fixed.tooDeepAt !== void 0) continue;
    const still = new Set(
      fixed.doc.errors.map((e) => {
        const d = yamlErrorToDiagnostic(e, fixedText, file, fixed, "error");
        return `${d.line} ${d.code}`;
      })
    );
    if (remaining === void 0 || still.size < remaining.size) remaining = still;
  }
  const kept = errors.filter(
    (d) => d.code === TAB_CODE || remaining === void 0 || remaining.has(`${d.line} ${d.code}`)
  );
  if (tabs.length <= MAX_TAB_LINES_APART) return kept;
  const first = tabs[0];
  const lines = [...tabLines].sort((a, b) => a - b);
  const named = lines.slice(0, TAB_LINES_NAMED).map((i) => i + firstLine);
  const many = {
    ...first,
    message: `${lines.length} lines are indented with tabs, the first here`,
    expected: "indentation with spaces",
    hint: `YAML indents with spaces only: replace the tabs on lines ${named.join(", ")} and ${lines.length - named.length} more (an editor can convert a file's indentation to spaces)`
  };
  return kept.filter((d) => d.code !== TAB_CODE || d === first).map((d) => d === first ? many : d);
}
function withoutPrototype(_key, value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  if (Object.getPrototypeOf(value) === Object.prototype) Object.setPrototypeOf(value, null);
  return value;
}
function tooDeep(tokens) {
  const stack = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop();
    if (token.type === "document") {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return void 0;
}
var FLOW_END2 = "";
var LEXER_MARKERS = /* @__PURE__ */ new Set(["", FLOW_END2, ""]);
function isClosedQuote(source) {
  const quote = source[0];
  let run = 0;
  if (quote === '"') {
    if (source.length < 2 || !source.endsWith('"')) return false;
    for (let i = source.length - 2; i > 0 && source[i] === "\\"; i--) run++;
    return run % 2 === 0;
  }
  for (let i = source.length - 1; i > 0 && source[i] === "'"; i--) run++;
  return run % 2 === 1;
}
function uncomposed(text, tooDeepAt, firstLine) {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  const doc = new Composer({}).compose([], true, text.length).next().value;
  return { doc, lineCounter, tooDeepAt, unclosedQuotes: [], unclosedBrackets: [], firstLine };
}
function compose(text, firstLine) {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens = [];
  let offset = 0;
  const unclosedQuotes = [];
  const unclosedBrackets = [];
  const open = [];
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === "[" || lexeme === "{") {
      open.push({ offset, bracket: lexeme });
      if (open.length > MAX_NESTING_DEPTH) return uncomposed(text, offset, firstLine);
    } else if (lexeme === "]" || lexeme === "}") open.pop();
    else if (lexeme === FLOW_END2) unclosedBrackets.push(...open.splice(0));
    if ((lexeme[0] === '"' || lexeme[0] === "'") && !isClosedQuote(lexeme)) unclosedQuotes.push(offset);
    if (!LEXER_MARKERS.has(lexeme)) offset += lexeme.length;
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false });
  const deep = tooDeep(tokens);
  let doc;
  for (const next of composer.compose(deep === void 0 ? tokens : [], true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2),
          "MULTIPLE_DOCS",
          "A second YAML document starts here"
        )
      );
      break;
    }
  }
  if (deep === void 0) {
    const structure = structureErrors(doc, lineCounter, firstLine);
    const collectionKeys = new Set(structure.filter((e) => e.code === "NON_STRING_KEY").map((e) => e.pos[0]));
    doc.errors = doc.errors.filter((e) => !(e.code === "IMPOSSIBLE" && collectionKeys.has(e.pos[0])));
    doc.errors.push(...structure);
  }
  return deep === void 0 ? { doc, lineCounter, unclosedQuotes, unclosedBrackets, firstLine } : { doc, lineCounter, tooDeepAt: deep, unclosedQuotes, unclosedBrackets, firstLine };
}
function structureErrors(doc, lineCounter, firstLine) {
  const errors = [];
  const stack = [doc.contents];
  let aliases = 0;
  const anchors = /* @__PURE__ */ new Map();
  const aliasNodes = [];
  const anchored = (node) => {
    if (!isNode(node) || !node.anchor || !node.range) return;
    const at = anchors.get(node.anchor);
    if (at === void 0 || node.range[0] < at) anchors.set(node.anchor, node.range[0]);
  };
  while (stack.length > 0) {
    const node = stack.pop();
    anchored(node);
    if (isAlias(node)) {
      if (++aliases === MAX_ALIASES + 1 && node.range) {
        const message = `more than ${MAX_ALIASES} aliases in one document`;
        errors.push(new YAMLParseError([node.range[0], node.range[1]], "RESOURCE_EXHAUSTION", message));
      }
      if (aliases <= MAX_ALIASES) aliasNodes.push(node);
    }
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    const seen = /* @__PURE__ */ new Map();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (isScalar(key)) {
        anchored(key);
        const first = seen.get(key.value);
        if (first !== void 0 && key.range) {
          const message = `the key ${quotedKey(String(key.value))} is already in this mapping, on line ${lineCounter.linePos(first).line + firstLine - 1}`;
          errors.push(new YAMLParseError([key.range[0], key.range[1]], "DUPLICATE_KEY", message));
        }
        if (first === void 0) seen.set(key.value, key.range?.[0] ?? 0);
      } else if ((isMap(key) || isSeq(key)) && key.range) {
        const message = `this key is a ${isSeq(key) ? "list" : "mapping"}, not text`;
        errors.push(new YAMLParseError([key.range[0], key.range[1]], "NON_STRING_KEY", message));
      } else if (key) stack.push(key);
      stack.push(pair.value);
    }
  }
  if (doc.errors.length === 0) {
    for (const alias of aliasNodes) {
      const at = anchors.get(alias.source);
      if (!alias.range || at !== void 0 && at < alias.range[0]) continue;
      const message = `${quotedKey(`*${alias.source}`)} is an alias, and no anchor ${quotedKey(`&${alias.source}`)} is set before it`;
      errors.push(new YAMLParseError([alias.range[0], alias.range[1]], "BAD_ALIAS", message));
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
function parseYamlSource(text, file, schema4, firstLine = 1) {
  const composed = compose(text, firstLine);
  const { doc, lineCounter, tooDeepAt } = composed;
  const locator = createLocator(doc, lineCounter, text);
  if (tooDeepAt !== void 0) {
    const at = lineCounter.linePos(tooDeepAt);
    const diagnostic = {
      file,
      line: at.line,
      column: at.col,
      endLine: at.line,
      endColumn: at.col + 1,
      severity: "error",
      code: "yaml/too-deep",
      message: `mappings and lists are nested more than ${MAX_NESTING_DEPTH} levels deep here`,
      expected: `at most ${MAX_NESTING_DEPTH} levels of nesting`,
      hint: "a plan needs only a few levels; check for unclosed brackets or a generated file"
    };
    return { data: void 0, locator, diagnostics: [diagnostic] };
  }
  const diagnostics = [
    ...withTabsExplained(
      withIndentFinding(withUnclosedExplained(doc.errors, text, file, composed), text, file, firstLine),
      text,
      file,
      firstLine
    ),
    ...doc.warnings.map((e) => yamlErrorToDiagnostic(e, text, file, composed, "warning"))
  ];
  if (doc.errors.length > 0) return { data: void 0, locator, diagnostics };
  if (schema4) diagnostics.push(...commentCutWarnings(doc, text, lineCounter, file, schema4));
  const plain = plainData(doc);
  if (plain) return { data: plain.data, locator, diagnostics };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, reviver: withoutPrototype }), locator, diagnostics };
  } catch (error) {
    if (error instanceof Error && /alias/i.test(error.message)) {
      diagnostics.push({
        file,
        ...START_OF_FILE,
        severity: "error",
        code: "yaml/resource-exhaustion",
        message: error.message.split("\n")[0],
        expected: "a document without excessive aliases",
        hint: codeHint("RESOURCE_EXHAUSTION")
      });
      return { data: void 0, locator, diagnostics };
    }
    throw error;
  }
}

// action/src/plan/reserved-names.ts
var INDEX_NAME = "index";
function reservedPlanName(name) {
  return name === INDEX_NAME ? `"${INDEX_NAME}" is the name of the runbooks' index (${INDEX_NAME}.md)` : void 0;
}

// action/src/text/slug.ts
var NOT_SLUG = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;
function idSlug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function idSlugWithin(text, max) {
  return idSlug(text).slice(0, max).replace(/-+$/, "");
}
function headingSlug(text) {
  return singleLine(text).toLowerCase().replace(NOT_SLUG, "").replace(/ /g, "-");
}
var SlugCounter = class {
  #occurrences = /* @__PURE__ */ new Map();
  next(text) {
    const base = headingSlug(text);
    let slug = base;
    while (this.#occurrences.has(slug)) {
      const count = this.#occurrences.get(base) + 1;
      this.#occurrences.set(base, count);
      slug = `${base}-${count}`;
    }
    this.#occurrences.set(slug, 0);
    return slug;
  }
};

// action/src/lessons/schema.ts
var LESSON_ID_PATTERN = "^L-[0-9]{4}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$";
var GUARD_ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
var TRIGGERS = [
  "binary-push",
  "config-push",
  "user-behaviour-change",
  "processing-pipeline",
  "service-provider-change",
  "performance-decay",
  "capacity-management",
  "hardware"
];
var LESSON_SEVERITIES = ["sev1", "sev2", "sev3", "sev4"];
var Opt = (schema4) => Type.Optional(schema4);
var Strict = { additionalProperties: false };
var Text = (description) => Type.String({ minLength: 1, description });
var OneOf = (values, description) => Type.Unsafe({ type: "string", enum: [...values], description });
var Slug = (description) => Type.String({ pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: 64, description });
var List = (item, description) => Type.Array(item, { minItems: 1, uniqueItems: true, description });
var MatchCriteria = {
  services: Opt(List(Slug("A service."), "The plan touches at least one of these services.")),
  tags: Opt(List(Slug("A tag."), "The plan carries at least one of these tags.")),
  environments: Opt(
    List(
      OneOf(["dev", "test", "staging", "canary", "production"], "An environment."),
      "The phase runs in one of these environments."
    )
  ),
  strategies: Opt(
    List(
      OneOf(["canary", "rolling", "blue-green", "flag-ramp", "shadow", "migration"], "A strategy."),
      "The phase uses one of these strategies."
    )
  ),
  stepKinds: Opt(
    List(
      OneOf(["binary", "config", "flag", "migration", "test", "manual"], "A step kind."),
      "The phase has at least one step of one of these kinds."
    )
  ),
  // Facts of the plan and phase, not only its tags (docs/adr/0030-facts-units-and-reversibility.md).
  breaking: Opt(Type.Boolean({ description: "The plan's `compatibility.breaking` is this value." })),
  migrations: Opt(
    Type.Boolean({
      description: "The plan declares data migrations (`compatibility.migrations`): true, or none: false."
    })
  ),
  irreversible: Opt(
    Type.Boolean({
      description: "The phase, or one of its steps, cannot be undone (`irreversible:`): true, or nothing is: false."
    })
  ),
  audienceUnits: Opt(
    List(
      OneOf(AUDIENCE_UNITS, "A unit."),
      "The phase's audience, or one of its ramp stages, counts one of these units (`5% of installs`)."
    )
  )
};
var GuardExcept = Type.Object(MatchCriteria, {
  ...Strict,
  minProperties: 1,
  description: "Phases the guard does not apply to: a phase for which every criterion given holds is left out, e.g. `{audienceUnits: [installs]}` for app-store phases."
});
var GuardMatch = Type.Object(
  { ...MatchCriteria, except: Opt(GuardExcept) },
  {
    ...Strict,
    description: "Which plans and phases the guard applies to. Every criterion given must hold; a list means any of its values. `{}` matches every phase of every plan. `except` leaves out the phases it matches."
  }
);
var FreezeGuard = Type.Object(
  {
    before: Type.String({
      pattern: "^[a-z0-9*][a-z0-9*-]*$",
      maxLength: 64,
      description: "The event: the name of a freeze in the plan, or a pattern with `*` such as `peak-season-*`. The guard freezes the days leading up to it."
    }),
    lead: Type.String({
      pattern: "^([0-9]+[wd])+$",
      description: "How many days before the event nothing may change: `3d`, `1w`, `1w3d`.",
      examples: ["3d", "1w"]
    }),
    reason: Text("Why the days before the event are frozen."),
    allowHotfix: Opt(
      Type.Boolean({ description: "May a change labelled hotfix go out in the lead-in? Default: as the event." })
    )
  },
  { ...Strict, description: "A freeze in the days before a named event the plan declares." }
);
var RuleRaise = Type.Object(
  {
    rule: Type.String({ minLength: 1, description: "A lint rule id (`rollbook explain` lists them)." }),
    to: OneOf(["warning", "error"], "The severity the rule has at least, in matching plans and phases.")
  },
  { ...Strict, description: "A stricter severity for a lint rule." }
);
var Guard = Type.Object(
  {
    id: Type.String({ pattern: GUARD_ID_PATTERN, maxLength: 48, description: "Stable id within the lesson." }),
    match: GuardMatch,
    checklist: Opt(Text("A checklist item added to every matching phase.")),
    gate: Opt(Type.Omit(Gate, ["id"], { description: "A gate added to every matching phase, as in a plan." })),
    freeze: Opt(FreezeGuard),
    raise: Opt(RuleRaise)
  },
  { ...Strict, description: "What every matching rollout must now do. Exactly one of checklist, gate, freeze, raise." }
);
var Detection = Type.Object(
  {
    how: Text("How the incident was noticed."),
    sooner: Text("How it could have been noticed sooner.")
  },
  Strict
);
var RollbackSource = Type.Object(
  {
    plan: Slug("The plan that was rolled back."),
    phase: Slug("The phase that was rolled back."),
    environment: Opt(OneOf(["dev", "test", "staging", "canary", "production"], "Where the phase ran.")),
    strategy: Opt(
      OneOf(["canary", "rolling", "blue-green", "flag-ramp", "shadow", "migration"], "The phase's strategy.")
    ),
    stepKinds: Opt(
      List(
        OneOf(["binary", "config", "flag", "migration", "test", "manual"], "A step kind."),
        "The kinds of the phase's steps, for a guard's `stepKinds`."
      )
    ),
    step: Opt(Slug("The step rolled back; absent when the whole phase was.")),
    at: Opt(
      Type.String({
        pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
        description: "When the rollback was ticked, from the verified audit trail, or, for a ROLL BACK verdict acted on whose roll-back nobody ticked, the breach (UTC)."
      })
    )
  },
  {
    ...Strict,
    description: "The rollback this lesson was drafted from: its plan, phase and the facts a guard can match on (services are under `services`)."
  }
);
var Lesson = Type.Object(
  {
    id: Type.String({
      pattern: LESSON_ID_PATTERN,
      maxLength: 64,
      description: "Stable id, e.g. L-2020-11-thread-exhaustion."
    }),
    title: Text("What went wrong, in one line."),
    date: Type.String({ pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "Day of the incident, YYYY-MM-DD." }),
    severity: OneOf(LESSON_SEVERITIES, "Incident severity; sev1 is the worst."),
    trigger: OneOf(TRIGGERS, "What set the incident off, from the outage-trigger taxonomy."),
    contributingFactors: List(Text("One factor."), "What made it possible or made it worse."),
    detection: Detection,
    timeToMitigate: Type.String({
      pattern: "^([0-9]+[wdhm])+$",
      description: "From first impact to mitigation: `45m`, `3h`, `1d6h`."
    }),
    services: Opt(Type.Array(Slug("A service involved."), { description: "Services involved in the incident." })),
    tags: Opt(Type.Array(Slug("A tag."), { description: "Free tags." })),
    links: Opt(Type.Array(Link, { description: "Postmortem, tickets, dashboards." })),
    rollback: Opt(RollbackSource),
    guards: Type.Array(Guard, { minItems: 1, description: "What every matching rollout must now do." })
  },
  { ...Strict, title: "Rollbook lesson (front matter)" }
);
var GUARD_ACTIONS = ["checklist", "gate", "freeze", "raise"];

// action/src/text/order.ts
function rank(unit) {
  if (unit >= 55296 && unit <= 57343) return unit + 8192;
  if (unit >= 57344) return unit - 2048;
  return unit;
}
function compareCodePoints(a, b) {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}
function byKey([a], [b]) {
  return compareCodePoints(a, b);
}

// action/src/plan/calendar-date-hint.ts
function calendarDateHint(text) {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!match) return "write it as YYYY-MM-DD, e.g. 2026-12-20";
  const [, year, month, day] = match.map(Number);
  if (month < 1 || month > 12) return "months run from 01 to 12";
  if (day < 1) return "days start at 01";
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${match[1]}-${match[2]} has ${days} days`;
}

// action/src/runtime/is-record.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// action/src/plan/query-template.ts
var PLACEHOLDER = /(?<!\/)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
var WINDOW_VARIABLE = "window";
var HTTP_JSON_TIME_PLACEHOLDERS = ["at", "start", "end", "step", "at_unix", "start_unix", "end_unix"];
var RESERVED_VARIABLES = [WINDOW_VARIABLE, ...HTTP_JSON_TIME_PLACEHOLDERS];
var VALUE = new RegExp(VARIABLE_VALUE_PATTERN);
var DURATION = new RegExp(DURATION_PATTERN);
function placeholdersIn(text) {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1], index: m.index, text: m[0] }));
}
function providerPlaceholders(provider) {
  return provider === "http-json" ? HTTP_JSON_TIME_PLACEHOLDERS : [];
}
function phaseVariables(plan, phase) {
  const values = /* @__PURE__ */ new Map();
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (variable.default !== void 0) values.set(name, variable.default);
  }
  for (const [name, value] of Object.entries(phase.variables ?? {})) {
    if (Object.hasOwn(plan.variables ?? {}, name)) values.set(name, value);
  }
  return values;
}
function fillQuery(template, options) {
  const own2 = providerPlaceholders(options.provider);
  const encode = options.provider === "http-json" ? encodeURIComponent : (value) => value;
  const unfilled = [];
  const text = template.replace(PLACEHOLDER, (whole, name) => {
    if (own2.includes(name)) return whole;
    const value = name === WINDOW_VARIABLE ? options.window : options.variables.get(name);
    const safe = value !== void 0 && (name === WINDOW_VARIABLE ? DURATION : VALUE).test(value);
    if (!safe) {
      if (!unfilled.includes(name)) unfilled.push(name);
      return whole;
    }
    return encode(value);
  });
  return { text, unfilled };
}

// action/src/plan/crossref-queries.ts
function checkQueries(plan) {
  return [
    ...checkDeclarations(plan),
    ...checkCatalogue(plan),
    ...plan.phases.flatMap((p, i) => checkPhase(plan, p, i))
  ];
}
function declaredNames(plan) {
  return Object.keys(plan.variables ?? {});
}
function checkDeclarations(plan) {
  const out = [];
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (RESERVED_VARIABLES.includes(name)) {
      out.push({
        path: ["variables", name],
        anchor: "key",
        code: "ref/reserved-variable",
        message: `"${name}" is a placeholder Rollbook fills in itself, so it cannot be a variable`,
        expected: `a name other than ${listOf([...RESERVED_VARIABLES])}`,
        hint: name === WINDOW_VARIABLE ? "set `window:` on the metric or the gate instead" : "rename the variable"
      });
    }
    if (variable.default !== void 0 && !variable.values.includes(variable.default)) {
      out.push({
        path: ["variables", name, "default"],
        code: "ref/variable-value",
        message: `the default "${variable.default}" is not one of the values of {${name}}`,
        expected: `one of ${listOf(variable.values)}`,
        hint: didYouMean(variable.default, variable.values) ?? "add it to `values:`"
      });
    }
  }
  return out;
}
function knownNames(plan, provider) {
  return [WINDOW_VARIABLE, ...declaredNames(plan), ...providerPlaceholders(provider)];
}
function unknownPlaceholders(plan, text, provider, path) {
  const known = knownNames(plan, provider);
  const knownSet = new Set(known);
  const declared = declaredNames(plan);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const placeholder of placeholdersIn(text)) {
    const occurrence = seen.get(placeholder.text) ?? 0;
    seen.set(placeholder.text, occurrence + 1);
    if (knownSet.has(placeholder.name)) continue;
    const near = closest(placeholder.name, known);
    out.push({
      path,
      within: { text: placeholder.text, occurrence },
      code: "ref/unknown-placeholder",
      message: `the query uses ${placeholder.text}, which is neither {window} nor a declared variable`,
      expected: `one of ${known.map((n) => `{${n}}`).join(", ")}`,
      hint: near !== void 0 ? `did you mean {${near}}?` : declared.length === 0 ? `declare it under the plan's \`variables:\` (e.g. \`${placeholder.name}: {values: [a, b]}\`) and set it in each phase` : `declare it under \`variables:\` beside ${declared.join(", ")}`
    });
  }
  return out;
}
function checkCatalogue(plan) {
  return Object.entries(plan.metrics).flatMap(
    ([name, metric]) => unknownPlaceholders(plan, metric.query, metric.provider, ["metrics", name, "query"])
  );
}
function checkPhase(plan, phase, p) {
  const out = [];
  const phasePath = ["phases", p];
  const declared = declaredNames(plan);
  for (const [name, value] of Object.entries(phase.variables ?? {})) {
    const variable = own(plan.variables ?? {}, name);
    if (!variable) {
      out.push({
        path: [...phasePath, "variables", name],
        anchor: "key",
        code: "ref/unknown-variable",
        message: `phase "${phase.id}" sets {${name}}, which the plan does not declare`,
        expected: declared.length ? `one of ${listOf(declared)}` : "a variable declared under the plan's `variables:`",
        hint: didYouMean(name, declared) ?? `declare it: \`variables: {${name}: {values: [${value}]}}\``
      });
    } else if (!variable.values.includes(value)) {
      out.push({
        path: [...phasePath, "variables", name],
        code: "ref/variable-value",
        message: `phase "${phase.id}" sets {${name}} to "${value}", which is not one of its declared values`,
        expected: `one of ${listOf(variable.values)}`,
        hint: didYouMean(value, variable.values) ?? `add "${value}" to \`variables.${name}.values\``
      });
    }
  }
  (phase.gates ?? []).forEach((gate, g) => {
    out.push(...checkGateQueries(plan, phase, gate, [...phasePath, "gates", g]));
  });
  return out;
}
function checkGateQueries(plan, phase, gate, gatePath) {
  const classified = classifyGate(gate);
  if (classified?.kind !== "metric") return [];
  const metric = own(plan.metrics, classified.gate.metric);
  if (!metric) return [];
  const out = [];
  const texts = [
    gate.query === void 0 ? { text: metric.query, path: [...gatePath, "metric"], own: false } : { text: gate.query, path: [...gatePath, "query"], own: true }
  ];
  if (gate.baseline !== void 0) texts.push({ text: gate.baseline, path: [...gatePath, "baseline"], own: true });
  const variables = phaseVariables(plan, phase);
  const window = effectiveWindow(gate, metric);
  const known = knownNames(plan, metric.provider);
  for (const { text, path, own: gateOwn } of texts) {
    if (gateOwn) out.push(...unknownPlaceholders(plan, text, metric.provider, path));
    const missing = /* @__PURE__ */ new Set();
    for (const { name, text: written2 } of placeholdersIn(text)) {
      if (!known.includes(name) || providerPlaceholders(metric.provider).includes(name)) continue;
      if (name === WINDOW_VARIABLE ? window !== void 0 : variables.has(name)) continue;
      if (missing.has(name)) continue;
      missing.add(name);
      out.push(unsetFinding(plan, phase, name, written2, path, gateOwn ? "its query" : `metric ${gate.metric}'s query`));
    }
  }
  return out;
}
function unsetFinding(plan, phase, name, written2, path, where) {
  if (name === WINDOW_VARIABLE) {
    return {
      path,
      code: "ref/window-unset",
      message: `${where} uses {window}, but neither the gate nor the metric sets \`window:\``,
      expected: "`window:` such as `15m` on the metric or on this gate",
      hint: "add `window: 15m` to the metric, or to this gate to override it here"
    };
  }
  const values = own(plan.variables ?? {}, name)?.values ?? [];
  return {
    path,
    code: "ref/variable-unset",
    message: `${where} uses ${written2}, but phase "${phase.id}" gives {${name}} no value`,
    expected: `\`variables: {${name}: \u2026}\` on the phase, one of ${listOf(values)}`,
    hint: `add \`variables: {${name}: ${values[0] ?? "value"}}\` to phase "${phase.id}", or a \`default:\` to the declaration`
  };
}

// action/src/plan/metric-direction.ts
function metricDirection(metric) {
  return metric.direction ?? (metric.signal === "positive" ? "higher-is-better" : "lower-is-better");
}
function isWorseThan(value, limit, direction) {
  return direction === "lower-is-better" ? value > limit : value < limit;
}
function worseSide(direction) {
  return direction === "lower-is-better" ? "above" : "below";
}
function goodWhen(metric) {
  return metricDirection(metric) === "higher-is-better" ? "higher" : "lower";
}

// action/src/plan/gate-thresholds.ts
var THRESHOLD_ORDER_CODE = "ref/threshold-order";
var written = (key, value) => `\`${key}: ${value}\``;
function hasThreshold(gate) {
  return [gate.max, gate.min, gate.rollbackAt, gate.maxRegression].some((v) => v !== void 0);
}
function checkMaxRegressionRead(gate, path, code) {
  if (compareMode(gate) !== "absolute" || gate.maxRegression === void 0) return [];
  return [
    {
      path: [...path, "maxRegression"],
      anchor: "key",
      code,
      message: "`maxRegression:` is only read when the gate compares: `compare: baseline` or `compare: week-over-week`",
      expected: "`compare: baseline` or `compare: week-over-week`, or no `maxRegression:`",
      hint: "add `compare: week-over-week` to compare with the same window a week earlier, or remove `maxRegression:`"
    }
  ];
}
function checkThresholdOrder(gate, metric, path, code = THRESHOLD_ORDER_CODE) {
  const { min, max, rollbackAt } = gate;
  if (min !== void 0 && max !== void 0 && min > max) {
    return [
      {
        path: [...path, "min"],
        code,
        message: `no reading can pass: ${written("min", min)} is above ${written("max", max)}`,
        expected: "`min:` at or below `max:`",
        hint: `if they are the wrong way round: ${written("min", max)}, ${written("max", min)}`
      }
    ];
  }
  if (metric === void 0 || rollbackAt === void 0) return [];
  const lowerIsBetter = metric.direction === "lower-is-better";
  const goodWay = lowerIsBetter ? "lower" : "higher";
  const failKey = lowerIsBetter ? "max" : "min";
  const farKey = lowerIsBetter ? "min" : "max";
  const fail = gate[failKey];
  const far = gate[farKey];
  if (fail !== void 0 && isWorseThan(fail, rollbackAt, metric.direction)) {
    const side = lowerIsBetter ? "below" : "above";
    return [
      {
        path: [...path, "rollbackAt"],
        code,
        message: `${written("rollbackAt", rollbackAt)} is ${side} ${written(failKey, fail)}: for ${metric.name}, where ${goodWay} is better, a reading between them passes \`${failKey}\` and still rolls back`,
        expected: `a rollback threshold at or ${lowerIsBetter ? "above" : "below"} ${written(failKey, fail)}: the worse of the two`,
        hint: `if they are the wrong way round: ${written(failKey, rollbackAt)}, ${written("rollbackAt", fail)}`
      }
    ];
  }
  if (far !== void 0 && isWorseThan(far, rollbackAt, metric.direction)) {
    const side = lowerIsBetter ? "below" : "above";
    return [
      {
        path: [...path, "rollbackAt"],
        code,
        message: `no reading can pass: ${written("rollbackAt", rollbackAt)} is ${side} ${written(farKey, far)}, and for ${metric.name}, where ${goodWay} is better, every reading fails \`${farKey}\` or rolls back`,
        expected: `a rollback threshold ${lowerIsBetter ? "above" : "below"} ${written(farKey, far)}`,
        hint: `\`rollbackAt\` is where a reading is bad enough to undo the phase; \`${farKey}\` bounds the ${lowerIsBetter ? "low" : "high"} side`
      }
    ];
  }
  return [];
}

// action/src/plan/schema-errors.ts
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.split("/").slice(1).map((raw) => {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
  });
}
function describe(schema4) {
  if (!schema4) return void 0;
  const parts = [];
  if (schema4.description) parts.push(schema4.description);
  if (schema4.examples?.length) parts.push(`e.g. ${schema4.examples.map((e) => JSON.stringify(e)).join(", ")}`);
  return parts.join(" ") || void 0;
}
var withDescription = (what, description) => description ? `${what}: ${description}` : what;
function typeName(value) {
  if (value === null) return "null";
  if (typeof value === "number" && !Number.isFinite(value)) {
    return Number.isNaN(value) ? "not a number (.nan)" : `${value < 0 ? "minus " : ""}infinity (${value < 0 ? "-" : ""}.inf)`;
  }
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text ${JSON.stringify(truncate(value, MAX_QUOTED_CHARS))}`;
  return `the ${typeof value} ${JSON.stringify(value)}`;
}
var MAX_QUOTED_CHARS = 41;
var TYPE_WORDS = {
  string: "a text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list"
};
function valueAt(data, path) {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function pruneUnionNoise(errors) {
  const unions = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const keep = new Set(errors);
  for (const union of unions) {
    const branches = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${union.schemaPath}/`) || !e.instancePath.startsWith(union.instancePath)) continue;
      const branch = e.schemaPath.slice(union.schemaPath.length + 1).split("/")[0];
      branches.set(branch, [...branches.get(branch) ?? [], e]);
      keep.delete(e);
    }
    const typeMatching = [...branches.values()].filter(
      (list) => !list.some((e) => e.keyword === "type" && e.instancePath === union.instancePath)
    );
    if (typeMatching.length === 1) {
      keep.delete(union);
      for (const e of typeMatching[0]) keep.add(e);
    }
  }
  return errors.filter((e) => keep.has(e));
}
var MAX_MISSING_KEYS_APART = 3;
function manyMissingKeys(path, group, starter) {
  const keys = group.map((e) => String(e.params.missingProperty));
  const where = formatPath(path);
  return {
    at: path,
    anchor: "key",
    severity: "error",
    code: "schema/missing-key",
    message: path.length === 0 ? `the file is missing ${keys.length} required keys` : `${where} is missing ${keys.length} required keys`,
    expected: `the keys ${listOf(keys, "and")}`,
    hint: path.length > 0 ? `add them to ${where}` : starter ? `add them at the top level, or start from ${starter}, which has every one` : "add them at the top level"
  };
}
var keyAt = (instancePath, key) => `${instancePath}/${String(key)}`;
function misspeltRequiredKeys(errors) {
  const required = /* @__PURE__ */ new Set();
  for (const e of errors) if (e.keyword === "required") required.add(keyAt(e.instancePath, e.params.missingProperty));
  const meant = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Set();
  if (required.size === 0) return { meant, missing };
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const { allowed } = allowedKeysOf(e.parentSchema);
    const match = closest(String(e.params.additionalProperty), allowed);
    if (match === void 0 || !required.has(keyAt(e.instancePath, match))) continue;
    meant.set(keyAt(e.instancePath, e.params.additionalProperty), match);
    missing.add(keyAt(e.instancePath, match));
  }
  return { meant, missing };
}
var allowedKeys = /* @__PURE__ */ new WeakMap();
function allowedKeysOf(schema4) {
  const cached = schema4 && allowedKeys.get(schema4);
  if (cached) return cached;
  const allowed = Object.keys(schema4?.properties ?? {}).filter((k) => k !== "$schema");
  const result = { allowed, expected: allowed.length ? `one of ${listOf(allowed)}` : "no other keys" };
  if (schema4) allowedKeys.set(schema4, result);
  return result;
}
function schemaErrorsToDiagnostics(errors, data, file, locator, starter) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const enumPaths = new Set(errors.filter((e) => e.keyword === "enum").map((e) => e.instancePath));
  const misspelt = misspeltRequiredKeys(errors);
  const reported = pruneUnionNoise(errors).filter(
    (e) => !(e.keyword === "required" && misspelt.missing.has(keyAt(e.instancePath, e.params.missingProperty)))
  );
  const missingAt = /* @__PURE__ */ new Map();
  for (const e of reported) {
    if (e.keyword !== "required") continue;
    const group = missingAt.get(e.instancePath);
    if (group) group.push(e);
    else missingAt.set(e.instancePath, [e]);
  }
  for (const error of reported) {
    if (error.keyword === "type" && enumPaths.has(error.instancePath)) continue;
    const path = pointerToPath(error.instancePath);
    const where = formatPath(path);
    const parentSchema = error.parentSchema;
    let diagnostic;
    switch (error.keyword) {
      case "additionalProperties": {
        const key2 = String(error.params.additionalProperty);
        const { allowed, expected } = allowedKeysOf(parentSchema);
        const meant = misspelt.meant.get(keyAt(error.instancePath, key2));
        diagnostic = {
          at: [...path, key2],
          anchor: "key",
          severity: "error",
          code: "schema/unknown-key",
          message: `unknown key "${key2}" ${path.length === 0 ? "at the top level" : `in ${where}`}`,
          expected,
          // Suggestions cost an edit distance per known key; past the shown diagnostics, skip them.
          hint: meant !== void 0 ? `did you mean "${meant}"? ${path.length === 0 ? "the file" : where} needs it` : (out.length < MAX_DIAGNOSTICS_PER_FILE ? didYouMean(key2, allowed) : void 0) ?? "remove it, or check the indentation: it may belong to another level"
        };
        break;
      }
      case "required": {
        const group = missingAt.get(error.instancePath);
        if (group.length > MAX_MISSING_KEYS_APART) {
          if (group[0] !== error) continue;
          diagnostic = manyMissingKeys(path, group, starter);
          break;
        }
        const key2 = String(error.params.missingProperty);
        const keySchema = parentSchema?.properties?.[key2];
        diagnostic = {
          at: path,
          anchor: "key",
          severity: "error",
          code: "schema/missing-key",
          message: path.length === 0 ? `the file is missing the required key "${key2}"` : `${where} is missing the required key "${key2}"`,
          expected: withDescription(`a key "${key2}"`, describe(keySchema)),
          hint: path.length === 0 ? `add \`${key2}:\` at the top level` : `add \`${key2}:\` to ${where}`
        };
        break;
      }
      case "enum": {
        const allowed = error.params.allowedValues.map(String);
        const actual = valueAt(data, path);
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/not-allowed",
          message: `${where} is ${typeName(actual)}, which is not allowed`,
          expected: `one of ${listOf(allowed)}`,
          hint: actual === null ? "the value is empty: write one of them, or remove the key" : (typeof actual === "string" ? didYouMean(actual, allowed) ?? otherWordHint(actual, allowed) : readAsWordHint(actual, allowed)) ?? "write one of them, as it is spelt there"
        };
        break;
      }
      case "const": {
        const wanted = JSON.stringify(error.params.allowedValue);
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/not-allowed",
          message: `${where} must be ${wanted}`,
          expected: wanted,
          hint: `write \`${path[path.length - 1]}: ${error.params.allowedValue}\``
        };
        break;
      }
      case "type": {
        let wanted = String(error.params.type).split(",").map((t) => TYPE_WORDS[t] ?? t).join(" or ");
        const actual = valueAt(data, path);
        if (typeof actual === "number" && !Number.isFinite(actual)) {
          wanted = `a finite ${wanted.replace(/^an? /, "")}`;
        }
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/wrong-type",
          message: `${where} is ${typeName(actual)}, but should be ${wanted}`,
          expected: describe(parentSchema) ? `${wanted}: ${describe(parentSchema)}` : wanted,
          hint: typeHint(wanted, actual, path.length === 0, parentSchema?.unit, declaredUnit(data, path))
        };
        break;
      }
      case "pattern": {
        const actual = valueAt(data, path);
        const pattern = String(error.params.pattern);
        const format = textFormatOf(pattern);
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/bad-format",
          message: `${where} is ${typeName(actual)}, which is not ${format?.noun ?? "in the expected format"}`,
          expected: describe(parentSchema) ?? `text matching /${pattern}/`,
          hint: format?.hint(actual, pattern)
        };
        break;
      }
      case "minItems":
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/too-few",
          message: `${where} needs at least ${plural(error.params.limit, "item")}`,
          expected: withDescription(`a list of at least ${plural(error.params.limit, "item")}`, describe(parentSchema)),
          hint: `add ${error.params.limit === 1 ? "one" : `at least ${error.params.limit}`}, or remove the key if it is optional`
        };
        break;
      case "minLength":
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/empty",
          message: `${where} is empty`,
          expected: describe(parentSchema) ?? "some text",
          hint: "fill it in, or remove the key if it is optional"
        };
        break;
      case "maxLength": {
        const actual = valueAt(data, path);
        const limit = Number(error.params.limit);
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/too-long",
          message: `${where} is ${plural(typeof actual === "string" ? [...actual].length : 0, "character")} long; at most ${limit} are allowed`,
          expected: describe(parentSchema) ?? `text of at most ${plural(limit, "character")}`,
          hint: `shorten it to ${plural(limit, "character")} or fewer`
        };
        break;
      }
      case "maxItems": {
        const actual = valueAt(data, path);
        const limit = Number(error.params.limit);
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/too-many",
          message: `${where} has ${plural(Array.isArray(actual) ? actual.length : 0, "item")}; at most ${limit} are allowed`,
          expected: withDescription(`a list of at most ${plural(limit, "item")}`, describe(parentSchema)),
          hint: `merge or drop items until ${limit} are left`
        };
        break;
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum": {
        const bound = error.keyword === "maximum" ? `at most ${error.params.limit}` : error.keyword === "minimum" ? `at least ${error.params.limit}` : `more than ${error.params.limit}`;
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/out-of-range",
          message: `${where} is ${typeName(valueAt(data, path))}, but must be ${bound}`,
          expected: describe(parentSchema) ? `a number ${bound}: ${describe(parentSchema)}` : `a number ${bound}`,
          hint: rangeHint(parentSchema)
        };
        break;
      }
      case "anyOf":
      case "oneOf":
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: "schema/wrong-shape",
          message: `${where} has the wrong shape`,
          expected: describe(parentSchema) ?? "one of the documented forms",
          hint: "see the JSON Schema (action/schema/rollout-plan.schema.json) for the accepted forms"
        };
        break;
      default:
        diagnostic = {
          at: path,
          anchor: "value",
          severity: "error",
          code: `schema/${error.keyword}`,
          message: `${where} ${error.message ?? "is not valid"}`,
          expected: describe(parentSchema)
        };
    }
    const key = `${diagnostic.code}|${formatPath(diagnostic.at)}|${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(positioned(diagnostic, file, locator));
  }
  return out;
}
function positioned(d, file, locator) {
  const { line, column, endLine, endColumn } = locator.locate(d.at, d.anchor);
  const out = {
    file,
    line,
    column,
    endLine,
    endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message
  };
  if (d.expected !== void 0) out.expected = d.expected;
  if (d.hint !== void 0) out.hint = d.hint;
  return out;
}
var PLAIN_FLOW_ITEM = /^[A-Za-z0-9_][^,[\]{}#:"'\n]*$/;
var MAX_SHOWN_ITEM_CHARS = 41;
function asFlowList(actual) {
  const items = typeof actual === "string" ? actual.split(",").map((item) => item.trim()).filter((item) => item !== "") : [String(actual)];
  const shown = items.map(
    (item) => PLAIN_FLOW_ITEM.test(item) && item.length <= MAX_SHOWN_ITEM_CHARS ? item : JSON.stringify(truncate(item, MAX_SHOWN_ITEM_CHARS))
  );
  return `[${shown.join(", ")}]`;
}
var OTHER_WORDS = {
  binary: ["deploy", "deployment", "release", "build", "code"],
  config: ["configuration", "settings", "setting"],
  flag: ["feature-flag", "toggle", "feature"],
  migration: ["schema", "database", "db", "backfill"],
  test: ["check", "verify", "verification", "qa", "uat", "testing"],
  manual: ["human", "person", "approval"],
  dev: ["development", "local"],
  staging: ["stage", "stg", "preprod", "pre-prod", "pre-production"],
  production: ["prd", "live"]
};
var PLAN_WORD_FOR = new Map(Object.entries(OTHER_WORDS).flatMap(([word, others]) => others.map((o) => [o, word])));
function otherWordHint(actual, allowed) {
  const word = PLAN_WORD_FOR.get(actual.trim().toLowerCase());
  return word !== void 0 && allowed.includes(word) ? `did you mean "${word}"?` : void 0;
}
function quoteItHint(actual) {
  return `YAML reads it as a ${typeof actual}: put it in quotes, "${String(actual)}"`;
}
function readAsWordHint(actual, allowed) {
  if (typeof actual !== "boolean" && typeof actual !== "number") return void 0;
  const text = String(actual);
  if (allowed.includes(text)) return quoteItHint(actual);
  const word = actual === false ? "off" : actual === true ? "on" : void 0;
  if (word !== void 0 && allowed.includes(word)) return `YAML reads ${text} as a boolean: write ${word}`;
  return void 0;
}
function declaredUnit(data, path) {
  const metric = valueAt(data, path.slice(0, -1))?.metric;
  const metrics = valueAt(data, ["metrics"]);
  if (typeof metric !== "string" || !isRecord(metrics) || !Object.hasOwn(metrics, metric)) return void 0;
  const entry = metrics[metric];
  const unit = isRecord(entry) ? entry.unit : void 0;
  return typeof unit === "string" ? { metric, unit } : void 0;
}
function typeHint(wanted, actual, topLevel, unit, declared) {
  if (actual === null) return "the value is empty: fill it in or remove the key";
  if (typeof actual === "number" && !Number.isFinite(actual)) {
    return `write ${wanted} here, or remove the key if it is optional`;
  }
  if (wanted === "a list" && typeof actual !== "object") return `write it as a list: \`${asFlowList(actual)}\``;
  if (wanted.startsWith(TYPE_WORDS.string) && (typeof actual === "number" || typeof actual === "boolean")) {
    return quoteItHint(actual);
  }
  if (wanted.startsWith(TYPE_WORDS.object)) {
    return topLevel ? "write the document as `key: value` lines, each key at the start of a line" : "write its keys on the lines below, each indented under it";
  }
  if (Array.isArray(actual)) return `write ${wanted}, not a list`;
  if (typeof actual === "object") return `write ${wanted}, not keys under it`;
  if ((wanted === TYPE_WORDS.number || wanted === TYPE_WORDS.integer) && typeof actual === "string") {
    const number = numberHint(actual, unit, declared);
    if (number) return number;
  }
  return `write ${wanted} here`;
}
function numberHint(text, unit, declared) {
  const value = text.trim();
  const metric = unit === "the metric's unit";
  const percent = /^(-?[0-9]+(?:\.[0-9]+)?)\s*%$/.exec(value);
  if (percent && metric && declared && /^ratio$/i.test(declared.unit)) {
    return `${declared.metric} counts a ratio: write ${Number(percent[1]) / 100}`;
  }
  if (percent && metric && declared && /^(?:percent|%)$/i.test(declared.unit)) {
    return `${declared.metric} counts percent: write ${percent[1]}`;
  }
  if (percent && metric) {
    const ratio = Number(percent[1]) / 100;
    return `write the number alone, in the metric's unit: ${percent[1]} if it counts percent, ${ratio} if it is a ratio`;
  }
  const counts = unit ? `; it counts ${unit}` : "";
  if (percent) return `write the number alone: ${percent[1]}${counts}`;
  if (/^-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/.test(value))
    return `write it without commas: ${value.replaceAll(",", "")}`;
  const suffixed = /^(-?[0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z/\u00b5\u03bc]+)$/.exec(value);
  if (suffixed) return `write the number alone: ${suffixed[1]}${counts}`;
  return void 0;
}
function rangeHint(schema4) {
  const low = schema4?.minimum;
  const high = schema4?.maximum;
  if (low !== void 0 && high !== void 0) return `use a number from ${low} to ${high}`;
  if (low !== void 0) return `use a number of ${low} or more`;
  if (high !== void 0) return `use a number of ${high} or less`;
  if (schema4?.exclusiveMinimum !== void 0) return `use a number above ${schema4.exclusiveMinimum}`;
  return "use a number in the documented range";
}
function audienceHint(actual) {
  const match = typeof actual === "string" ? /^\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*(?:of\s+)?(.*)$/.exec(actual) : null;
  const unit = match?.[2]?.trim().toLowerCase();
  const suggestion = unit ? closest(unit, AUDIENCE_UNITS) : void 0;
  if (match && suggestion) return `did you mean "${match[1]}% of ${suggestion}"?`;
  return `write a percentage and what it counts, such as \`10% of users\` (${AUDIENCE_UNITS.join(", ")})`;
}
var DURATION_UNITS = {
  w: "w",
  wk: "w",
  wks: "w",
  week: "w",
  weeks: "w",
  d: "d",
  day: "d",
  days: "d",
  h: "h",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
  m: "m",
  min: "m",
  mins: "m",
  minute: "m",
  minutes: "m"
};
var DURATION_PART = /([0-9]+)\s*([a-zA-Z]+)[\s,]*(?:and\s+)?/y;
function durationInWords(text) {
  const value = text.trim();
  let written2 = "";
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < value.length) {
    const part = DURATION_PART.exec(value);
    const unit = part && Object.hasOwn(DURATION_UNITS, part[2].toLowerCase()) ? DURATION_UNITS[part[2].toLowerCase()] : void 0;
    if (!part || unit === void 0) return void 0;
    written2 += `${part[1]}${unit}`;
  }
  return written2 === "" || written2 === value ? void 0 : written2;
}
var TEXT_FORMATS = [
  {
    matches: (pattern) => pattern.includes("[wdhm]"),
    noun: "a duration",
    hint(actual) {
      const written2 = typeof actual === "string" ? durationInWords(actual) : void 0;
      return written2 ? `did you mean \`${written2}\`?` : "write a duration such as `30m`, `24h`, `2d` or `1d12h`";
    }
  },
  {
    matches: (pattern) => pattern.startsWith("^@"),
    noun: "a GitHub handle",
    hint(actual, pattern) {
      const handle = typeof actual === "string" ? `@${actual.trim()}` : void 0;
      return handle && new RegExp(pattern, "u").test(handle) ? `did you mean "${handle}"? Quote it: YAML does not let a value start with @` : "write a GitHub handle such as `@alice` or `@acme/sre-leads`";
    }
  },
  {
    matches: (pattern) => pattern.includes("[0-9]{4}-"),
    noun: "a date",
    hint: () => "write a date as YYYY-MM-DD, e.g. 2026-12-20"
  },
  {
    matches: (pattern) => pattern.includes("24:00"),
    noun: "a time of day",
    hint(actual) {
      const padded = typeof actual === "string" && /^[0-9]:[0-5][0-9]$/.test(actual) ? `0${actual}` : void 0;
      return padded ? `did you mean "${padded}"?` : 'write a time of day as HH:MM, from 00:00 to 24:00, e.g. "09:30"';
    }
  },
  {
    matches: (pattern) => pattern.includes("%$"),
    noun: "a percentage",
    hint: () => "write a percentage such as `10%`"
  },
  { matches: (pattern) => pattern === AUDIENCE_PATTERN, noun: "an audience", hint: audienceHint },
  {
    matches: (pattern) => pattern.startsWith("^https?"),
    noun: "a URL",
    hint: () => "write a full URL starting with https://"
  },
  {
    matches: (pattern) => pattern.includes("[a-z0-9-]"),
    noun: "an id",
    hint(actual) {
      if (typeof actual !== "string") return void 0;
      const slug = idSlug(actual);
      return slug ? `ids are lower-case slugs: try "${slug}"` : "ids are lower-case letters, digits and dashes";
    }
  }
];
function textFormatOf(pattern) {
  return TEXT_FORMATS.find((format) => format.matches(pattern));
}

// action/src/plan/validator.ts
var schema11 = { "additionalProperties": false, "title": "Rollbook rollout plan", "type": "object", "required": ["apiVersion", "kind", "metadata", "story", "compatibility", "metrics", "phases", "escalation", "policy"], "properties": { "$schema": { "type": "string" }, "apiVersion": { "const": "rollbook/v1", "type": "string" }, "kind": { "const": "RolloutPlan", "type": "string" }, "metadata": { "additionalProperties": false, "type": "object", "required": ["name", "title", "owners", "services"], "properties": { "name": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "Stable id of the plan: lower-case letters, digits and dashes. Used in labels and markers.", "type": "string" }, "title": { "minLength": 1, "description": "Human title of the rollout.", "type": "string" }, "owners": { "minItems": 1, "description": "Who owns the rollout. These handles may be pinged in issues and runbooks.", "type": "array", "items": { "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "description": "A GitHub user (`@alice`) or team (`@org/team`).", "type": "string" } }, "author": { "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "description": "Who wrote the change, for the self-approval rule.", "type": "string" }, "services": { "minItems": 1, "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A service touched by the rollout.", "type": "string" } }, "tags": { "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A free tag, used by lessons to match plans.", "type": "string" } }, "links": { "description": "Dashboards, design docs, tickets.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["title", "url"], "properties": { "title": { "minLength": 1, "description": 'What the link is, e.g. "Dispatch dashboard".', "type": "string" }, "url": { "pattern": "^https?://", "description": "An http(s) URL.", "type": "string" }, "kind": { "type": "string", "enum": ["dashboard", "design", "runbook", "ticket", "other"], "description": "What sort of page this is." } } } } } }, "story": { "additionalProperties": false, "type": "object", "required": ["problem", "size", "solution", "deliverables", "impact"], "properties": { "problem": { "minLength": 1, "description": "The problem being solved, for whom.", "type": "string" }, "size": { "minLength": 1, "description": "How big the problem is, with numbers.", "type": "string" }, "solution": { "minLength": 1, "description": "How the change solves it.", "type": "string" }, "deliverables": { "minItems": 1, "type": "array", "items": { "minLength": 1, "description": "One deliverable.", "type": "string" } }, "impact": { "minItems": 1, "description": "Expected impact, one entry per KPI.", "type": "array", "items": { "additionalProperties": false, "description": "One KPI and what the rollout should do to it. `expect` is read as a threshold: an operator (`>=`, `<=`, `>`, `<`, `=`) and a number with an optional unit: `%`, a time (`ms`, `s`, `min`, `h`, `d`), `x`, `count`, `req/s`. A percentage is compared with a metric in `ratio` as a fraction (`>= 99.5%` is `>= 0.995`) and times are converted. A signed percentage (`+5%`, `-20%`, `<= +5%`) is a change against the number in `baseline`; without an operator `+5%` reads `>= +5%` and `-20%` reads `<= -20%`. Whatever follows the threshold after a space, `;`, `,` or `(` is a note. Any other text is free text: shown, never measured (rule `kpi-measurable` warns when such a KPI has a `metric` and a `reviewAfter`).", "type": "object", "required": ["kpi", "expect"], "properties": { "kpi": { "minLength": 1, "description": "The KPI this rollout moves.", "type": "string" }, "baseline": { "minLength": 1, "description": "Where the KPI stands today, with a number.", "type": "string" }, "expect": { "minLength": 1, "description": "The expected value after rollout: a comparison and a number in the metric's unit (`>= 99.5%`, `<= 12 ms`), or a change against `baseline` (`-20%`, `<= +5%`); text after it is a note. Free text is shown but not measured.", "examples": [">= 99.5%", "<= 190 ms", "-20% p99 latency", "<= +5%"], "type": "string" }, "metric": { "description": "A metric from `metrics` that measures this KPI.", "type": "string" }, "reviewAfter": { "pattern": "^([0-9]+[wdhm])+$", "description": "How long after the rollout is complete to review the KPI: a duration such as `6w`. The scheduled run then measures `metric` and compares it with `expect`.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "window": { "pattern": "^([0-9]+[wdhm])+$", "description": "The window the review measures the KPI over: fills `{window}` in the metric's query, e.g. `7d`. Default: the metric's `window`.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" } } } } } }, "flags": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["key"], "properties": { "key": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "The flag key in your flag system.", "type": "string" }, "description": { "minLength": 1, "description": "What the flag turns on.", "type": "string" }, "default": { "type": "string", "enum": ["off", "on"], "description": "State when the code ships. Dark launch means `off` (the default)." }, "owner": { "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "description": "A GitHub user (`@alice`) or team (`@org/team`).", "type": "string" }, "system": { "minLength": 1, "description": "The flag system, e.g. LaunchDarkly or an in-house config service.", "type": "string" } } } }, "compatibility": { "additionalProperties": false, "type": "object", "required": ["breaking"], "properties": { "breaking": { "description": "Does the change break an API, message or data format?", "type": "boolean" }, "mixedVersions": { "minLength": 1, "description": "How old and new versions run side by side during the rollout.", "type": "string" }, "deprecation": { "description": "For breaking changes: the three-rollout tiered deprecation (expand, migrate, contract).", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["stage", "description"], "properties": { "stage": { "type": "string", "enum": ["expand", "migrate", "contract"], "description": "expand: add the new format beside the old; migrate: move readers and data; contract: remove the old." }, "description": { "minLength": 1, "description": "What this rollout ships.", "type": "string" }, "plan": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "The name of the plan that carries out this stage, if not this one.", "type": "string" }, "repository": { "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "The repository (owner/name) whose plans hold `plan`, when it is not this one. Without it, `plan` must name a plan of this repository.", "type": "string" }, "status": { "type": "string", "enum": ["planned", "in-progress", "done"], "description": "Where this stage stands." } } } }, "migrations": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["id", "description"], "properties": { "id": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "Stable id of the migration.", "type": "string" }, "description": { "minLength": 1, "description": "What data moves where.", "type": "string" }, "throttle": { "minLength": 1, "description": 'The rate limit, e.g. "500 rows/s per shard".', "type": "string" }, "backup": { "additionalProperties": false, "description": "The backup taken before the migration, and how long it is kept.", "type": "object", "required": ["what", "keepFor"], "properties": { "what": { "minLength": 1, "description": "What is backed up, and where.", "type": "string" }, "keepFor": { "pattern": "^([0-9]+[wdhm])+$", "description": "A duration: a number followed by w, d, h or m, combined as in `1d12h`.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" } } }, "mixedState": { "minLength": 1, "description": "How readers and writers cope while data is half old, half new.", "type": "string" }, "verify": { "minLength": 1, "description": "How the migrated data is checked.", "type": "string" } } } } } }, "metrics": { "description": "The metric catalogue, by name.", "type": "object", "patternProperties": { "^[a-z][a-z0-9_]*$": { "additionalProperties": false, "type": "object", "required": ["provider", "query", "signal"], "properties": { "provider": { "type": "string", "enum": ["prometheus", "http-json", "json-file"], "description": "Where the value comes from." }, "query": { "minLength": 1, "description": "The query (PromQL for prometheus), the URL for http-json, or the key for json-file. `{window}` and declared variables such as `{track}` are filled in before it is sent.", "type": "string" }, "field": { "minLength": 1, "description": "For http-json: the dotted path of the value in the response, e.g. data.value.", "type": "string" }, "timeField": { "minLength": 1, "description": "For http-json: the dotted path of when the value was measured (ISO 8601 with a zone, or unix seconds), e.g. data.updatedAt. The reading is then checked against `maxAge`.", "type": "string" }, "unit": { "minLength": 1, "description": "The unit, e.g. ratio, ms, req/s.", "type": "string" }, "signal": { "type": "string", "enum": ["positive", "negative"], "description": "positive: shows the feature works (hit rate, success). negative: shows harm (errors, latency)." }, "direction": { "type": "string", "enum": ["higher-is-better", "lower-is-better"], "description": "Which way is good. Defaults to higher for positive and lower for negative signals." }, "window": { "pattern": "^([0-9]+[wdhm])+$", "description": "The aggregation window the query uses, e.g. 1h.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "maxAge": { "pattern": "^([0-9]+[wdhm])+$", "description": "Freshness: a reading whose newest sample is older than this is no data. Default: a third of the window, at least 2m.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "description": { "minLength": 1, "description": "What the metric means.", "type": "string" }, "dashboard": { "pattern": "^https?://", "description": "A dashboard showing this metric.", "type": "string" } } } } }, "variables": { "description": "Variables metric queries use as `{name}` (a track, region or cell), with their allowed values. Each phase sets them under its own `variables:`.", "type": "object", "patternProperties": { "^[a-z][a-z0-9_]*$": { "additionalProperties": false, "description": "A variable queries use as `{name}`, with the values phases may give it.", "type": "object", "required": ["values"], "properties": { "values": { "minItems": 1, "description": "Every value a phase may give it.", "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 64, "description": "A value: letters, digits, `_` and `-`, e.g. `canary`, `eu-west-1`, `cell-07`.", "type": "string" } }, "default": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 64, "description": "The value for phases that do not set it. Without one, every phase whose gates use the variable must set it.", "type": "string" }, "description": { "minLength": 1, "description": 'What the variable selects, e.g. "the deployment track".', "type": "string" } } } } }, "freezes": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name", "reason"], "properties": { "name": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "Stable id of the freeze.", "type": "string" }, "from": { "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "A calendar date, YYYY-MM-DD (UTC).", "type": "string" }, "to": { "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Last frozen day, inclusive.", "type": "string" }, "every": { "minItems": 1, "description": "A recurring freeze on these weekdays.", "type": "array", "items": { "type": "string", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "description": "A day of the week." } }, "reason": { "minLength": 1, "description": "Why nothing may change then.", "type": "string" }, "environments": { "description": "Limit the freeze to these environments.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "An environment", "type": "string" } }, "allowHotfix": { "description": "May a change labelled hotfix go out anyway? Default false.", "type": "boolean" } } } }, "schedule": { "additionalProperties": false, "description": "When phases may start and when the rollout must be done.", "type": "object", "properties": { "timeZone": { "pattern": "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", "description": "An IANA time zone such as Europe/Berlin. Weekdays, change windows and `finishBefore` are read in it, and the calendar shows times in it beside UTC. Default UTC.", "examples": ["Europe/Berlin", "America/New_York", "UTC"], "type": "string" }, "windows": { "minItems": 1, "maxItems": 32, "description": "Change windows. A phase starts only inside a window that applies to its environment; a phase with none that applies may start at any time the other rules allow.", "type": "array", "items": { "additionalProperties": false, "description": "A change window: phases start only on these days between `from` and `to`. A bake may run past its end.", "type": "object", "properties": { "days": { "minItems": 1, "description": "Weekdays the window is open on. Default every day.", "type": "array", "items": { "type": "string", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "description": "A day of the week." } }, "from": { "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "description": "Opening time, HH:MM in the plan's time zone. Default 00:00.", "examples": ["09:00", "16:30", "24:00"], "type": "string" }, "to": { "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "description": "Closing time, HH:MM, not included; 24:00 is the end of the day. Default 24:00.", "examples": ["09:00", "16:30", "24:00"], "type": "string" }, "environments": { "description": "Limit the window to phases in these environments.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "An environment", "type": "string" } } } } }, "finishBefore": { "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|z|[+-][0-9]{2}:[0-9]{2})?)?$", "description": "Deadline: the projected calendar must finish before this date (its midnight) or time, read in the plan's time zone unless it carries `Z` or an offset. Missing it is an error (rule `deadline`).", "examples": ["2026-12-01", "2026-11-27T17:00", "2026-11-27T16:00Z"], "type": "string" } } }, "phases": { "minItems": 1, "description": "In order of growing blast radius.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["id", "title", "environment", "strategy", "steps"], "properties": { "id": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "Stable id of the phase.", "type": "string" }, "title": { "minLength": 1, "description": "Human title of the phase.", "type": "string" }, "environment": { "type": "string", "enum": ["dev", "test", "staging", "canary", "production"], "description": "Where the phase runs. Blast radius grows in this order." }, "targets": { "description": "What the phase covers, in the order it reaches them: plain text, or structured `{name, kind, share}` cells, regions and waves.", "type": "array", "items": { "anyOf": [{ "minLength": 1, "description": "A region, cluster, cohort or ring.", "type": "string" }, { "additionalProperties": false, "description": "A structured target. Targets are reached in the order they are listed.", "type": "object", "required": ["name", "kind"], "properties": { "name": { "minLength": 1, "description": "The target, e.g. `shard-07`, `eu-west-1` or `wave-2`.", "type": "string" }, "kind": { "type": "string", "enum": ["cell", "shard", "region", "zone", "cluster", "pool", "wave", "ring", "cohort"], "description": "What the target is: a cell, shard, region, zone, cluster, pool (of hosts or pods), wave, ring or cohort." }, "share": { "pattern": "^[0-9]+(\\.[0-9]+)?%$", "description": "The share of all traffic (or users) the target carries, e.g. `6%`. Lint uses it to size the phase.", "type": "string" }, "includes": { "minItems": 1, "description": "For a wave: the cells or regions it reaches together.", "type": "array", "items": { "minLength": 1, "description": "A cell, region or cluster.", "type": "string" } } } }] } }, "audience": { "pattern": "^[0-9]+(\\.[0-9]+)?%( of (requests|users|sessions|hosts|pods|cells|regions|installs))?$", "description": "How much of the population the phase reaches: a percentage such as `10%`, best with its unit, `10% of users` (units: requests, users, sessions, hosts, pods, cells, regions, installs).", "examples": ["10% of requests", "5% of users", "1% of installs"], "type": "string" }, "strategy": { "type": "string", "enum": ["canary", "rolling", "blue-green", "flag-ramp", "shadow", "migration"] }, "steps": { "minItems": 1, "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["id", "kind", "do"], "properties": { "id": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "Stable id of the step within its phase.", "type": "string" }, "kind": { "type": "string", "enum": ["binary", "config", "flag", "migration", "test", "manual"], "description": "What the step changes." }, "do": { "minLength": 1, "description": "The instruction, as an on-call engineer would follow it.", "type": "string" }, "command": { "minLength": 1, "description": "A command to copy and run.", "type": "string" }, "owner": { "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "description": "A GitHub user (`@alice`) or team (`@org/team`).", "type": "string" }, "rollback": { "description": "How to undo this step. Every step needs one.", "anyOf": [{ "minLength": 1, "description": "How to undo this step.", "type": "string" }, { "additionalProperties": false, "type": "object", "required": ["do"], "properties": { "do": { "minLength": 1, "description": "How to undo this step.", "type": "string" }, "command": { "minLength": 1, "description": "A command to copy and run.", "type": "string" } } }] }, "flag": { "description": "For flag steps: the key of a flag from `flags`.", "type": "string" }, "ramp": { "minItems": 1, "description": "For flag steps: the ramp, in order.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["percent"], "properties": { "percent": { "minimum": 0, "maximum": 100, "unit": "percent (0 to 100)", "description": "Share with the flag on, of what `of` says.", "type": "number" }, "of": { "type": "string", "enum": ["requests", "users", "sessions", "hosts", "pods", "cells", "regions", "installs", "targets"], "description": "What the percent counts. A unit (requests, users, \u2026) counts the whole population, as the phase audience does; `targets` counts within the phase's targets, so `{percent: 100, of: targets}` on a cell carrying 6% of traffic reaches 6%. Default: the unit of the phase audience." }, "cohort": { "minLength": 1, "description": "Who gets it, e.g. employees, beta, one region.", "type": "string" } } } }, "migration": { "description": "For migration steps: the id of a migration from compatibility.migrations.", "type": "string" }, "activates": { "description": "Ticking this step starts the bake timer. Defaults to the last non-test step.", "type": "boolean" }, "irreversible": { "description": "This cannot be undone once done (shipped app binaries, a dropped column, a GA feature gate). `true`, or a sentence saying what stays. Lint asks for a roll-forward plan (or a backup) and a sign-off.", "anyOf": [{ "type": "boolean" }, { "minLength": 1, "description": 'What cannot be undone, e.g. "installed app builds cannot be recalled".', "type": "string" }] }, "rollForward": { "description": "What to fix and ship forward when this goes wrong, since it cannot be rolled back.", "anyOf": [{ "minLength": 1, "description": "How to roll forward.", "type": "string" }, { "additionalProperties": false, "type": "object", "required": ["do"], "properties": { "do": { "minLength": 1, "description": "How to roll forward: what to fix and ship, and how to limit harm until it is out.", "type": "string" }, "command": { "minLength": 1, "description": "A command to copy and run.", "type": "string" } } }] } } } }, "stages": { "minItems": 1, "description": "A ramp inside the phase, after its steps: stages in order, each held for a time or paused for a person. The bake starts when the last stage's hold ends.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["percent"], "properties": { "id": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "Stable id of the stage within its phase; its checklist tick is keyed on it. Defaults to the percent (`25`, `0-5`).", "type": "string" }, "percent": { "minimum": 0, "maximum": 100, "unit": "percent (0 to 100)", "description": "The share of the phase's audience unit (traffic, users, hosts\u2026) reached at this stage, as in `audience`.", "type": "number" }, "cohort": { "minLength": 1, "description": "Who is in this stage, e.g. employees, one region.", "type": "string" }, "do": { "minLength": 1, "description": 'How to reach this share, e.g. "Set the canary weight to 25%". Defaults to "Shift to N%".', "type": "string" }, "command": { "minLength": 1, "description": "A command to copy and run.", "type": "string" }, "hold": { "pattern": "^([0-9]+[wdhm])+$", "description": "How long this stage runs before the next may start, e.g. `10m`. Ticking the stage starts it.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "pause": { "minLength": 1, "description": "Wait for a person (after the hold, if any): what they check before ticking the next stage. Not on the last stage.", "type": "string" } } } }, "bake": { "pattern": "^([0-9]+[wdhm])+$", "description": "How long the phase must run before the next may start.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "minWait": { "pattern": "^([0-9]+[wdhm])+$", "description": "At least this long between the previous phase's earliest finish and this phase's start, e.g. 14d before a contract phase.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "gates": { "type": "array", "items": { "additionalProperties": false, "description": "Exactly one of metric, check, signoff or manual.", "type": "object", "properties": { "metric": { "description": "The name of a metric from `metrics`.", "type": "string" }, "compare": { "type": "string", "enum": ["absolute", "baseline", "week-over-week"], "description": "absolute (the default): against min/max. baseline: against the baseline query. week-over-week: against the same query 7 days earlier." }, "max": { "unit": "the metric's unit", "description": "Hold when the value is above this.", "type": "number" }, "min": { "unit": "the metric's unit", "description": "Hold when the value is below this.", "type": "number" }, "baseline": { "minLength": 1, "description": "For compare: baseline, the control query (e.g. the stable fleet).", "type": "string" }, "maxRegression": { "pattern": "^[0-9]+(\\.[0-9]+)?%$", "description": "A percentage such as `10%`.", "type": "string" }, "rollbackAt": { "unit": "the metric's unit", "description": "Recommend a rollback when the value is worse than this: above it where lower is better, below it where higher is (the metric's `direction`, else its signal). At or beyond the threshold the gate fails at.", "type": "number" }, "window": { "pattern": "^([0-9]+[wdhm])+$", "description": "The window for this gate, instead of the metric's: fills `{window}` in its queries.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "query": { "minLength": 1, "description": "This gate's own query, instead of the metric's (same provider, field and unit).", "type": "string" }, "maxAge": { "pattern": "^([0-9]+[wdhm])+$", "description": "Freshness for this gate, instead of the metric's `maxAge`.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "analysis": { "additionalProperties": false, "description": "How the watch judges metric gates over repeated readings: an interval between readings, and how many failing or empty readings in a row count.", "type": "object", "properties": { "interval": { "pattern": "^([0-9]+[wdhm])+$", "description": "The least time between two readings of the gate: a scheduled run sooner than this after its last reading changed keeps that reading and does not query again. Default: every run reads.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "failureLimit": { "minimum": 1, "maximum": 100, "unit": "readings", "description": "Consecutive failing readings before the gate counts as failed; before that it holds (failing, within the limit) and a value beyond `rollbackAt` does not ask for a rollback yet. Default 1.", "type": "integer" }, "inconclusiveLimit": { "minimum": 1, "maximum": 100, "unit": "readings", "description": "Consecutive readings without data (no data, stale, provider error) before the hold is raised as a problem. Default: no data holds without being raised.", "type": "integer" } } }, "check": { "minLength": 1, "description": "The name of a GitHub check run or commit status that must succeed.", "type": "string" }, "signoff": { "minItems": 1, "description": "Users or teams who may sign off.", "type": "array", "items": { "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "description": "A GitHub user (`@alice`) or team (`@org/team`).", "type": "string" } }, "count": { "minimum": 1, "unit": "sign-offs", "description": "How many sign-offs are needed. Default 1.", "type": "integer" }, "allowAuthor": { "description": "May the plan's author (or the pull request's) sign off their own change? Default: no, unless the action's `allow-author-signoff` input is `true`.", "type": "boolean" }, "manual": { "minLength": 1, "description": "A condition a person confirms by ticking it.", "type": "string" }, "id": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A stable id; derived from the gate when omitted.", "type": "string" } } } }, "rehearsal": { "minLength": 1, "description": "How and when the rollback of this phase is rehearsed.", "type": "string" }, "checklist": { "description": "Extra items to tick.", "type": "array", "items": { "anyOf": [{ "minLength": 1, "description": "A checklist item.", "type": "string" }, { "additionalProperties": false, "type": "object", "required": ["id", "text"], "properties": { "id": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "Stable id of the item.", "type": "string" }, "text": { "minLength": 1, "description": "The item.", "type": "string" } } }] } }, "exit": { "description": "What must be true to leave the phase.", "type": "array", "items": { "minLength": 1, "description": "An exit criterion.", "type": "string" } }, "paths": { "description": "Files whose change in a PR promotes into this phase.", "type": "array", "items": { "minLength": 1, "description": "A glob.", "type": "string" } }, "variables": { "description": "This phase's value of each variable declared under the plan's `variables:`, e.g. `{track: canary}`.", "type": "object", "patternProperties": { "^[a-z][a-z0-9_]*$": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 64, "description": "A value: letters, digits, `_` and `-`, e.g. `canary`, `eu-west-1`, `cell-07`.", "type": "string" } } }, "dependsOn": { "minItems": 1, "description": "Phases of other plans in this repository that must be done before this phase starts, as `plan/phase` (e.g. `orders-schema-expand/production`): the phase issue waits for them, and the gate report holds a promotion into this phase until they are done.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", "description": "A phase of another plan, as `plan/phase`.", "type": "string" } }, "irreversible": { "description": "This cannot be undone once done (shipped app binaries, a dropped column, a GA feature gate). `true`, or a sentence saying what stays. Lint asks for a roll-forward plan (or a backup) and a sign-off.", "anyOf": [{ "type": "boolean" }, { "minLength": 1, "description": 'What cannot be undone, e.g. "installed app builds cannot be recalled".', "type": "string" }] }, "rollForward": { "description": "What to fix and ship forward when this goes wrong, since it cannot be rolled back.", "anyOf": [{ "minLength": 1, "description": "How to roll forward.", "type": "string" }, { "additionalProperties": false, "type": "object", "required": ["do"], "properties": { "do": { "minLength": 1, "description": "How to roll forward: what to fix and ship, and how to limit harm until it is out.", "type": "string" }, "command": { "minLength": 1, "description": "A command to copy and run.", "type": "string" } } }] } } } }, "escalation": { "minItems": 1, "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name", "role"], "properties": { "name": { "minLength": 1, "description": "Who.", "type": "string" }, "handle": { "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "description": "A GitHub user (`@alice`) or team (`@org/team`).", "type": "string" }, "role": { "minLength": 1, "description": "Their part, e.g. incident commander, database on-call.", "type": "string" }, "reach": { "minLength": 1, "description": "How to reach them: pager alias, channel, phone rota.", "type": "string" } } } }, "policy": { "additionalProperties": false, "type": "object", "required": ["prefer"], "properties": { "prefer": { "type": "string", "enum": ["rollback", "roll-forward"], "description": "The default response to a bad metric." }, "rollForwardWhen": { "minLength": 1, "description": "When rolling forward is allowed instead.", "type": "string" }, "keepOldData": { "minLength": 1, "description": "What old data and versions are kept, and for how long, so a rollback stays possible.", "type": "string" }, "maxRollbackMinutes": { "minimum": 1, "unit": "minutes", "description": "Target time to complete a rollback.", "type": "integer" } } }, "onBreach": { "additionalProperties": false, "description": "Opt-in automation when a watched phase's verdict becomes ROLL BACK or ROLL FORWARD: dispatch a workflow (docs/adr/0042-acting-on-a-breach.md).", "type": "object", "required": ["workflow"], "properties": { "workflow": { "pattern": "^[A-Za-z0-9._-]+\\.ya?ml$", "description": "A workflow file in `.github/workflows` to dispatch once per breach, e.g. `abort.yml`, with the inputs `plan`, `phase` and `reason`. Needs `actions: write`.", "type": "string" }, "ref": { "minLength": 1, "description": "The branch to run the workflow on: only the default branch is accepted (its name or `refs/heads/<name>`), so a breach never runs a workflow from a branch or tag anyone can push to (docs/adr/0063-sync-writes-only-the-default-branch.md). Default: the default branch.", "type": "string" } } }, "analysis": { "additionalProperties": false, "description": "How the watch judges metric gates over repeated readings: an interval between readings, and how many failing or empty readings in a row count.", "type": "object", "properties": { "interval": { "pattern": "^([0-9]+[wdhm])+$", "description": "The least time between two readings of the gate: a scheduled run sooner than this after its last reading changed keeps that reading and does not query again. Default: every run reads.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "failureLimit": { "minimum": 1, "maximum": 100, "unit": "readings", "description": "Consecutive failing readings before the gate counts as failed; before that it holds (failing, within the limit) and a value beyond `rollbackAt` does not ask for a rollback yet. Default 1.", "type": "integer" }, "inconclusiveLimit": { "minimum": 1, "maximum": 100, "unit": "readings", "description": "Consecutive readings without data (no data, stale, provider error) before the hold is raised as a problem. Default: no data holds without being raised.", "type": "integer" } } }, "readiness": { "additionalProperties": false, "description": "Production readiness, after the Kubernetes KEP production readiness questionnaire: upgrade and downgrade, version skew, scalability, troubleshooting, dependencies and monitoring.", "type": "object", "properties": { "upgrade": { "additionalProperties": false, "description": "Upgrade and downgrade.", "type": "object", "required": ["how", "downgrade"], "properties": { "how": { "minLength": 1, "description": "How the new version or setting replaces the old one: in what order, and what must be in place first.", "type": "string" }, "downgrade": { "minLength": 1, "description": "How to go back to the old version, and what happens to data or state the new one wrote.", "type": "string" }, "tested": { "minLength": 1, "description": "Where and when upgrade, downgrade and upgrade again were tried, and what was found.", "type": "string" } } }, "versionSkew": { "minLength": 1, "description": "How old and new versions of each component (clients, servers, workers, schemas) work together while both run.", "type": "string" }, "scalability": { "additionalProperties": false, "description": "What the change costs at full scale.", "type": "object", "properties": { "load": { "minLength": 1, "description": "New calls, requests, jobs or messages the change adds, with numbers.", "type": "string" }, "resources": { "minLength": 1, "description": "How CPU, memory, storage, connections or cost change, with numbers.", "type": "string" }, "limits": { "minLength": 1, "description": "Limits and quotas the change may reach (rate limits, pool sizes, disk), and what then.", "type": "string" } } }, "troubleshooting": { "minItems": 1, "description": "Known failure modes, how each shows, and what to do.", "type": "array", "items": { "additionalProperties": false, "description": "A known way the change fails, how it shows, and what to do.", "type": "object", "required": ["failure", "detect", "mitigate"], "properties": { "failure": { "minLength": 1, "description": "What can go wrong.", "type": "string" }, "detect": { "minLength": 1, "description": "How it shows: an alert, a metric, a log line.", "type": "string" }, "mitigate": { "minLength": 1, "description": "What the on-call engineer does about it.", "type": "string" } } } }, "dependencies": { "minItems": 1, "description": "What the change relies on, and what happens when it is unavailable.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name", "ifUnavailable"], "properties": { "name": { "minLength": 1, "description": "A service, system or team the change relies on.", "type": "string" }, "ifUnavailable": { "minLength": 1, "description": "What users and the rollout see when it is slow or down.", "type": "string" } } } }, "monitoring": { "additionalProperties": false, "description": "How operators see that it works.", "type": "object", "required": ["health"], "properties": { "health": { "minLength": 1, "description": "How an operator can tell that the change works for users.", "type": "string" }, "metrics": { "minItems": 1, "description": "The metrics (from `metrics`) that show it.", "type": "array", "items": { "description": "The name of a metric from `metrics`.", "type": "string" } }, "alerts": { "minItems": 1, "type": "array", "items": { "minLength": 1, "description": "An alert that fires when it does not.", "type": "string" } } } } } }, "waive": { "description": "Rules or lesson guards this plan does not take, each with a reason.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["reason"], "properties": { "rule": { "description": "A lint rule id.", "type": "string" }, "lesson": { "description": "A lesson id whose guards this plan does not take (L-\u2026, or L-\u2026/guard-id for one guard); owner/name#L-\u2026 for a lesson shared through lessonSources.", "type": "string" }, "phases": { "description": "Limit the waiver to these phases.", "type": "array", "items": { "type": "string" } }, "severity": { "type": "string", "enum": ["warning", "off"], "description": "Lower to a warning, or turn off (default)." }, "reason": { "description": "Why the rule or lesson does not apply. Required.", "type": "string" } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var pattern1 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "u");
var pattern5 = new RegExp("^https?://", "u");
var pattern6 = new RegExp("^([0-9]+[wdhm])+$", "u");
var pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern11 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern14 = new RegExp("^[a-z][a-z0-9_]*$", "u");
var pattern19 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
var pattern22 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var pattern25 = new RegExp("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", "u");
var pattern26 = new RegExp("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "u");
var pattern29 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|z|[+-][0-9]{2}:[0-9]{2})?)?$", "u");
var pattern31 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
var pattern32 = new RegExp("^[0-9]+(\\.[0-9]+)?%( of (requests|users|sessions|hosts|pods|cells|regions|installs))?$", "u");
var pattern48 = new RegExp("^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", "u");
var pattern50 = new RegExp("^[A-Za-z0-9._-]+\\.ya?ml$", "u");
var validate10 = (function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.story === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "story" }, message: "must have required property 'story'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.compatibility === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "compatibility" }, message: "must have required property 'compatibility'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.phases === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property 'phases'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.escalation === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "escalation" }, message: "must have required property 'escalation'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.policy === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err10 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if (typeof data1 !== "string") {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.apiVersion.type, parentSchema: schema11.properties.apiVersion, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if ("rollbook/v1" !== data1) {
        const err12 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "rollbook/v1" }, message: "must be equal to constant", schema: "rollbook/v1", parentSchema: schema11.properties.apiVersion, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.kind.type, parentSchema: schema11.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if ("RolloutPlan" !== data2) {
        const err14 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "RolloutPlan" }, message: "must be equal to constant", schema: "RolloutPlan", parentSchema: schema11.properties.kind, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data3 = data.metadata;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.name === void 0) {
          const err15 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data3.title === void 0) {
          const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data3.owners === void 0) {
          const err17 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data3.services === void 0) {
          const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "name" || key1 === "title" || key1 === "owners" || key1 === "author" || key1 === "services" || key1 === "tags" || key1 === "links")) {
            const err19 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metadata, data: data3 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 === "string") {
            if (func3(data4) > 64) {
              const err20 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.metadata.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (!pattern0.test(data4)) {
              const err21 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.metadata.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.name.type, parentSchema: schema11.properties.metadata.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data3.title !== void 0) {
          let data5 = data3.title;
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err23 = { instancePath: instancePath + "/metadata/title", schemaPath: "#/properties/metadata/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.title, data: data5 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/metadata/title", schemaPath: "#/properties/metadata/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.title.type, parentSchema: schema11.properties.metadata.properties.title, data: data5 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data3.owners !== void 0) {
          let data6 = data3.owners;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err25 = { instancePath: instancePath + "/metadata/owners", schemaPath: "#/properties/metadata/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.metadata.properties.owners, data: data6 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 === "string") {
                if (!pattern1.test(data7)) {
                  const err26 = { instancePath: instancePath + "/metadata/owners/" + i0, schemaPath: "#/properties/metadata/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.metadata.properties.owners.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/metadata/owners/" + i0, schemaPath: "#/properties/metadata/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.owners.items.type, parentSchema: schema11.properties.metadata.properties.owners.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/metadata/owners", schemaPath: "#/properties/metadata/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metadata.properties.owners.type, parentSchema: schema11.properties.metadata.properties.owners, data: data6 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data3.author !== void 0) {
          let data8 = data3.author;
          if (typeof data8 === "string") {
            if (!pattern1.test(data8)) {
              const err29 = { instancePath: instancePath + "/metadata/author", schemaPath: "#/properties/metadata/properties/author/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.metadata.properties.author, data: data8 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/metadata/author", schemaPath: "#/properties/metadata/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.author.type, parentSchema: schema11.properties.metadata.properties.author, data: data8 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data3.services !== void 0) {
          let data9 = data3.services;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err31 = { instancePath: instancePath + "/metadata/services", schemaPath: "#/properties/metadata/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.metadata.properties.services, data: data9 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            const len1 = data9.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data10 = data9[i1];
              if (typeof data10 === "string") {
                if (func3(data10) > 64) {
                  const err32 = { instancePath: instancePath + "/metadata/services/" + i1, schemaPath: "#/properties/metadata/properties/services/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.metadata.properties.services.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (!pattern0.test(data10)) {
                  const err33 = { instancePath: instancePath + "/metadata/services/" + i1, schemaPath: "#/properties/metadata/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.metadata.properties.services.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/metadata/services/" + i1, schemaPath: "#/properties/metadata/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.services.items.type, parentSchema: schema11.properties.metadata.properties.services.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/metadata/services", schemaPath: "#/properties/metadata/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metadata.properties.services.type, parentSchema: schema11.properties.metadata.properties.services, data: data9 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data3.tags !== void 0) {
          let data11 = data3.tags;
          if (Array.isArray(data11)) {
            const len2 = data11.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data12 = data11[i2];
              if (typeof data12 === "string") {
                if (func3(data12) > 64) {
                  const err36 = { instancePath: instancePath + "/metadata/tags/" + i2, schemaPath: "#/properties/metadata/properties/tags/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.metadata.properties.tags.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (!pattern0.test(data12)) {
                  const err37 = { instancePath: instancePath + "/metadata/tags/" + i2, schemaPath: "#/properties/metadata/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.metadata.properties.tags.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/metadata/tags/" + i2, schemaPath: "#/properties/metadata/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.tags.items.type, parentSchema: schema11.properties.metadata.properties.tags.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/metadata/tags", schemaPath: "#/properties/metadata/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metadata.properties.tags.type, parentSchema: schema11.properties.metadata.properties.tags, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data3.links !== void 0) {
          let data13 = data3.links;
          if (Array.isArray(data13)) {
            const len3 = data13.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data14 = data13[i3];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.title === void 0) {
                  const err40 = { instancePath: instancePath + "/metadata/links/" + i3, schemaPath: "#/properties/metadata/properties/links/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.metadata.properties.links.items.required, parentSchema: schema11.properties.metadata.properties.links.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data14.url === void 0) {
                  const err41 = { instancePath: instancePath + "/metadata/links/" + i3, schemaPath: "#/properties/metadata/properties/links/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.metadata.properties.links.items.required, parentSchema: schema11.properties.metadata.properties.links.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key2 in data14) {
                  if (!(key2 === "title" || key2 === "url" || key2 === "kind")) {
                    const err42 = { instancePath: instancePath + "/metadata/links/" + i3, schemaPath: "#/properties/metadata/properties/links/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metadata.properties.links.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data14.title !== void 0) {
                  let data15 = data14.title;
                  if (typeof data15 === "string") {
                    if (func3(data15) < 1) {
                      const err43 = { instancePath: instancePath + "/metadata/links/" + i3 + "/title", schemaPath: "#/properties/metadata/properties/links/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metadata.properties.links.items.properties.title, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/metadata/links/" + i3 + "/title", schemaPath: "#/properties/metadata/properties/links/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.links.items.properties.title.type, parentSchema: schema11.properties.metadata.properties.links.items.properties.title, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data14.url !== void 0) {
                  let data16 = data14.url;
                  if (typeof data16 === "string") {
                    if (!pattern5.test(data16)) {
                      const err45 = { instancePath: instancePath + "/metadata/links/" + i3 + "/url", schemaPath: "#/properties/metadata/properties/links/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.metadata.properties.links.items.properties.url, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/metadata/links/" + i3 + "/url", schemaPath: "#/properties/metadata/properties/links/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.links.items.properties.url.type, parentSchema: schema11.properties.metadata.properties.links.items.properties.url, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data14.kind !== void 0) {
                  let data17 = data14.kind;
                  if (typeof data17 !== "string") {
                    const err47 = { instancePath: instancePath + "/metadata/links/" + i3 + "/kind", schemaPath: "#/properties/metadata/properties/links/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.links.items.properties.kind.type, parentSchema: schema11.properties.metadata.properties.links.items.properties.kind, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  if (!(data17 === "dashboard" || data17 === "design" || data17 === "runbook" || data17 === "ticket" || data17 === "other")) {
                    const err48 = { instancePath: instancePath + "/metadata/links/" + i3 + "/kind", schemaPath: "#/properties/metadata/properties/links/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.metadata.properties.links.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metadata.properties.links.items.properties.kind.enum, parentSchema: schema11.properties.metadata.properties.links.items.properties.kind, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/metadata/links/" + i3, schemaPath: "#/properties/metadata/properties/links/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.links.items.type, parentSchema: schema11.properties.metadata.properties.links.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/metadata/links", schemaPath: "#/properties/metadata/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.metadata.properties.links.type, parentSchema: schema11.properties.metadata.properties.links, data: data13 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.type, parentSchema: schema11.properties.metadata, data: data3 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.story !== void 0) {
      let data18 = data.story;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.problem === void 0) {
          const err52 = { instancePath: instancePath + "/story", schemaPath: "#/properties/story/required", keyword: "required", params: { missingProperty: "problem" }, message: "must have required property 'problem'", schema: schema11.properties.story.required, parentSchema: schema11.properties.story, data: data18 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data18.size === void 0) {
          const err53 = { instancePath: instancePath + "/story", schemaPath: "#/properties/story/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: schema11.properties.story.required, parentSchema: schema11.properties.story, data: data18 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data18.solution === void 0) {
          const err54 = { instancePath: instancePath + "/story", schemaPath: "#/properties/story/required", keyword: "required", params: { missingProperty: "solution" }, message: "must have required property 'solution'", schema: schema11.properties.story.required, parentSchema: schema11.properties.story, data: data18 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data18.deliverables === void 0) {
          const err55 = { instancePath: instancePath + "/story", schemaPath: "#/properties/story/required", keyword: "required", params: { missingProperty: "deliverables" }, message: "must have required property 'deliverables'", schema: schema11.properties.story.required, parentSchema: schema11.properties.story, data: data18 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data18.impact === void 0) {
          const err56 = { instancePath: instancePath + "/story", schemaPath: "#/properties/story/required", keyword: "required", params: { missingProperty: "impact" }, message: "must have required property 'impact'", schema: schema11.properties.story.required, parentSchema: schema11.properties.story, data: data18 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        for (const key3 in data18) {
          if (!(key3 === "problem" || key3 === "size" || key3 === "solution" || key3 === "deliverables" || key3 === "impact")) {
            const err57 = { instancePath: instancePath + "/story", schemaPath: "#/properties/story/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.story, data: data18 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data18.problem !== void 0) {
          let data19 = data18.problem;
          if (typeof data19 === "string") {
            if (func3(data19) < 1) {
              const err58 = { instancePath: instancePath + "/story/problem", schemaPath: "#/properties/story/properties/problem/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.story.properties.problem, data: data19 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/story/problem", schemaPath: "#/properties/story/properties/problem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.problem.type, parentSchema: schema11.properties.story.properties.problem, data: data19 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data18.size !== void 0) {
          let data20 = data18.size;
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err60 = { instancePath: instancePath + "/story/size", schemaPath: "#/properties/story/properties/size/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.story.properties.size, data: data20 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/story/size", schemaPath: "#/properties/story/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.size.type, parentSchema: schema11.properties.story.properties.size, data: data20 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data18.solution !== void 0) {
          let data21 = data18.solution;
          if (typeof data21 === "string") {
            if (func3(data21) < 1) {
              const err62 = { instancePath: instancePath + "/story/solution", schemaPath: "#/properties/story/properties/solution/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.story.properties.solution, data: data21 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/story/solution", schemaPath: "#/properties/story/properties/solution/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.solution.type, parentSchema: schema11.properties.story.properties.solution, data: data21 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data18.deliverables !== void 0) {
          let data22 = data18.deliverables;
          if (Array.isArray(data22)) {
            if (data22.length < 1) {
              const err64 = { instancePath: instancePath + "/story/deliverables", schemaPath: "#/properties/story/properties/deliverables/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.story.properties.deliverables, data: data22 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            const len4 = data22.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data23 = data22[i4];
              if (typeof data23 === "string") {
                if (func3(data23) < 1) {
                  const err65 = { instancePath: instancePath + "/story/deliverables/" + i4, schemaPath: "#/properties/story/properties/deliverables/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.story.properties.deliverables.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/story/deliverables/" + i4, schemaPath: "#/properties/story/properties/deliverables/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.deliverables.items.type, parentSchema: schema11.properties.story.properties.deliverables.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/story/deliverables", schemaPath: "#/properties/story/properties/deliverables/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.story.properties.deliverables.type, parentSchema: schema11.properties.story.properties.deliverables, data: data22 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data18.impact !== void 0) {
          let data24 = data18.impact;
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err68 = { instancePath: instancePath + "/story/impact", schemaPath: "#/properties/story/properties/impact/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.story.properties.impact, data: data24 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            const len5 = data24.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data25 = data24[i5];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.kpi === void 0) {
                  const err69 = { instancePath: instancePath + "/story/impact/" + i5, schemaPath: "#/properties/story/properties/impact/items/required", keyword: "required", params: { missingProperty: "kpi" }, message: "must have required property 'kpi'", schema: schema11.properties.story.properties.impact.items.required, parentSchema: schema11.properties.story.properties.impact.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data25.expect === void 0) {
                  const err70 = { instancePath: instancePath + "/story/impact/" + i5, schemaPath: "#/properties/story/properties/impact/items/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema11.properties.story.properties.impact.items.required, parentSchema: schema11.properties.story.properties.impact.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                for (const key4 in data25) {
                  if (!(key4 === "kpi" || key4 === "baseline" || key4 === "expect" || key4 === "metric" || key4 === "reviewAfter" || key4 === "window")) {
                    const err71 = { instancePath: instancePath + "/story/impact/" + i5, schemaPath: "#/properties/story/properties/impact/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.story.properties.impact.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data25.kpi !== void 0) {
                  let data26 = data25.kpi;
                  if (typeof data26 === "string") {
                    if (func3(data26) < 1) {
                      const err72 = { instancePath: instancePath + "/story/impact/" + i5 + "/kpi", schemaPath: "#/properties/story/properties/impact/items/properties/kpi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.story.properties.impact.items.properties.kpi, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/story/impact/" + i5 + "/kpi", schemaPath: "#/properties/story/properties/impact/items/properties/kpi/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.impact.items.properties.kpi.type, parentSchema: schema11.properties.story.properties.impact.items.properties.kpi, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data25.baseline !== void 0) {
                  let data27 = data25.baseline;
                  if (typeof data27 === "string") {
                    if (func3(data27) < 1) {
                      const err74 = { instancePath: instancePath + "/story/impact/" + i5 + "/baseline", schemaPath: "#/properties/story/properties/impact/items/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.story.properties.impact.items.properties.baseline, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  } else {
                    const err75 = { instancePath: instancePath + "/story/impact/" + i5 + "/baseline", schemaPath: "#/properties/story/properties/impact/items/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.impact.items.properties.baseline.type, parentSchema: schema11.properties.story.properties.impact.items.properties.baseline, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data25.expect !== void 0) {
                  let data28 = data25.expect;
                  if (typeof data28 === "string") {
                    if (func3(data28) < 1) {
                      const err76 = { instancePath: instancePath + "/story/impact/" + i5 + "/expect", schemaPath: "#/properties/story/properties/impact/items/properties/expect/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.story.properties.impact.items.properties.expect, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/story/impact/" + i5 + "/expect", schemaPath: "#/properties/story/properties/impact/items/properties/expect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.impact.items.properties.expect.type, parentSchema: schema11.properties.story.properties.impact.items.properties.expect, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data25.metric !== void 0) {
                  let data29 = data25.metric;
                  if (typeof data29 !== "string") {
                    const err78 = { instancePath: instancePath + "/story/impact/" + i5 + "/metric", schemaPath: "#/properties/story/properties/impact/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.impact.items.properties.metric.type, parentSchema: schema11.properties.story.properties.impact.items.properties.metric, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data25.reviewAfter !== void 0) {
                  let data30 = data25.reviewAfter;
                  if (typeof data30 === "string") {
                    if (!pattern6.test(data30)) {
                      const err79 = { instancePath: instancePath + "/story/impact/" + i5 + "/reviewAfter", schemaPath: "#/properties/story/properties/impact/items/properties/reviewAfter/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.story.properties.impact.items.properties.reviewAfter, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/story/impact/" + i5 + "/reviewAfter", schemaPath: "#/properties/story/properties/impact/items/properties/reviewAfter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.impact.items.properties.reviewAfter.type, parentSchema: schema11.properties.story.properties.impact.items.properties.reviewAfter, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data25.window !== void 0) {
                  let data31 = data25.window;
                  if (typeof data31 === "string") {
                    if (!pattern6.test(data31)) {
                      const err81 = { instancePath: instancePath + "/story/impact/" + i5 + "/window", schemaPath: "#/properties/story/properties/impact/items/properties/window/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.story.properties.impact.items.properties.window, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/story/impact/" + i5 + "/window", schemaPath: "#/properties/story/properties/impact/items/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.story.properties.impact.items.properties.window.type, parentSchema: schema11.properties.story.properties.impact.items.properties.window, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
              } else {
                const err83 = { instancePath: instancePath + "/story/impact/" + i5, schemaPath: "#/properties/story/properties/impact/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.story.properties.impact.items.type, parentSchema: schema11.properties.story.properties.impact.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/story/impact", schemaPath: "#/properties/story/properties/impact/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.story.properties.impact.type, parentSchema: schema11.properties.story.properties.impact, data: data24 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/story", schemaPath: "#/properties/story/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.story.type, parentSchema: schema11.properties.story, data: data18 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.flags !== void 0) {
      let data32 = data.flags;
      if (Array.isArray(data32)) {
        const len6 = data32.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data33 = data32[i6];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.key === void 0) {
              const err86 = { instancePath: instancePath + "/flags/" + i6, schemaPath: "#/properties/flags/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.flags.items.required, parentSchema: schema11.properties.flags.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            for (const key5 in data33) {
              if (!(key5 === "key" || key5 === "description" || key5 === "default" || key5 === "owner" || key5 === "system")) {
                const err87 = { instancePath: instancePath + "/flags/" + i6, schemaPath: "#/properties/flags/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.flags.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data33.key !== void 0) {
              let data34 = data33.key;
              if (typeof data34 === "string") {
                if (!pattern8.test(data34)) {
                  const err88 = { instancePath: instancePath + "/flags/" + i6 + "/key", schemaPath: "#/properties/flags/items/properties/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.flags.items.properties.key, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/flags/" + i6 + "/key", schemaPath: "#/properties/flags/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flags.items.properties.key.type, parentSchema: schema11.properties.flags.items.properties.key, data: data34 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data33.description !== void 0) {
              let data35 = data33.description;
              if (typeof data35 === "string") {
                if (func3(data35) < 1) {
                  const err90 = { instancePath: instancePath + "/flags/" + i6 + "/description", schemaPath: "#/properties/flags/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.flags.items.properties.description, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = { instancePath: instancePath + "/flags/" + i6 + "/description", schemaPath: "#/properties/flags/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flags.items.properties.description.type, parentSchema: schema11.properties.flags.items.properties.description, data: data35 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data33.default !== void 0) {
              let data36 = data33.default;
              if (typeof data36 !== "string") {
                const err92 = { instancePath: instancePath + "/flags/" + i6 + "/default", schemaPath: "#/properties/flags/items/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flags.items.properties.default.type, parentSchema: schema11.properties.flags.items.properties.default, data: data36 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (!(data36 === "off" || data36 === "on")) {
                const err93 = { instancePath: instancePath + "/flags/" + i6 + "/default", schemaPath: "#/properties/flags/items/properties/default/enum", keyword: "enum", params: { allowedValues: schema11.properties.flags.items.properties.default.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.flags.items.properties.default.enum, parentSchema: schema11.properties.flags.items.properties.default, data: data36 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data33.owner !== void 0) {
              let data37 = data33.owner;
              if (typeof data37 === "string") {
                if (!pattern1.test(data37)) {
                  const err94 = { instancePath: instancePath + "/flags/" + i6 + "/owner", schemaPath: "#/properties/flags/items/properties/owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.flags.items.properties.owner, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/flags/" + i6 + "/owner", schemaPath: "#/properties/flags/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flags.items.properties.owner.type, parentSchema: schema11.properties.flags.items.properties.owner, data: data37 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data33.system !== void 0) {
              let data38 = data33.system;
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err96 = { instancePath: instancePath + "/flags/" + i6 + "/system", schemaPath: "#/properties/flags/items/properties/system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.flags.items.properties.system, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              } else {
                const err97 = { instancePath: instancePath + "/flags/" + i6 + "/system", schemaPath: "#/properties/flags/items/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flags.items.properties.system.type, parentSchema: schema11.properties.flags.items.properties.system, data: data38 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/flags/" + i6, schemaPath: "#/properties/flags/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.flags.items.type, parentSchema: schema11.properties.flags.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.flags.type, parentSchema: schema11.properties.flags, data: data32 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.compatibility !== void 0) {
      let data39 = data.compatibility;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        if (data39.breaking === void 0) {
          const err100 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/required", keyword: "required", params: { missingProperty: "breaking" }, message: "must have required property 'breaking'", schema: schema11.properties.compatibility.required, parentSchema: schema11.properties.compatibility, data: data39 };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        for (const key6 in data39) {
          if (!(key6 === "breaking" || key6 === "mixedVersions" || key6 === "deprecation" || key6 === "migrations")) {
            const err101 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.compatibility, data: data39 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data39.breaking !== void 0) {
          let data40 = data39.breaking;
          if (typeof data40 !== "boolean") {
            const err102 = { instancePath: instancePath + "/compatibility/breaking", schemaPath: "#/properties/compatibility/properties/breaking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.compatibility.properties.breaking.type, parentSchema: schema11.properties.compatibility.properties.breaking, data: data40 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data39.mixedVersions !== void 0) {
          let data41 = data39.mixedVersions;
          if (typeof data41 === "string") {
            if (func3(data41) < 1) {
              const err103 = { instancePath: instancePath + "/compatibility/mixedVersions", schemaPath: "#/properties/compatibility/properties/mixedVersions/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.compatibility.properties.mixedVersions, data: data41 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = { instancePath: instancePath + "/compatibility/mixedVersions", schemaPath: "#/properties/compatibility/properties/mixedVersions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.mixedVersions.type, parentSchema: schema11.properties.compatibility.properties.mixedVersions, data: data41 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data39.deprecation !== void 0) {
          let data42 = data39.deprecation;
          if (Array.isArray(data42)) {
            const len7 = data42.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data43 = data42[i7];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.stage === void 0) {
                  const err105 = { instancePath: instancePath + "/compatibility/deprecation/" + i7, schemaPath: "#/properties/compatibility/properties/deprecation/items/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema11.properties.compatibility.properties.deprecation.items.required, parentSchema: schema11.properties.compatibility.properties.deprecation.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
                if (data43.description === void 0) {
                  const err106 = { instancePath: instancePath + "/compatibility/deprecation/" + i7, schemaPath: "#/properties/compatibility/properties/deprecation/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema11.properties.compatibility.properties.deprecation.items.required, parentSchema: schema11.properties.compatibility.properties.deprecation.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                for (const key7 in data43) {
                  if (!(key7 === "stage" || key7 === "description" || key7 === "plan" || key7 === "repository" || key7 === "status")) {
                    const err107 = { instancePath: instancePath + "/compatibility/deprecation/" + i7, schemaPath: "#/properties/compatibility/properties/deprecation/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.compatibility.properties.deprecation.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data43.stage !== void 0) {
                  let data44 = data43.stage;
                  if (typeof data44 !== "string") {
                    const err108 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/stage", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.deprecation.items.properties.stage.type, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.stage, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                  if (!(data44 === "expand" || data44 === "migrate" || data44 === "contract")) {
                    const err109 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/stage", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/stage/enum", keyword: "enum", params: { allowedValues: schema11.properties.compatibility.properties.deprecation.items.properties.stage.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.compatibility.properties.deprecation.items.properties.stage.enum, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.stage, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data43.description !== void 0) {
                  let data45 = data43.description;
                  if (typeof data45 === "string") {
                    if (func3(data45) < 1) {
                      const err110 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/description", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.description, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  } else {
                    const err111 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/description", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.deprecation.items.properties.description.type, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.description, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data43.plan !== void 0) {
                  let data46 = data43.plan;
                  if (typeof data46 === "string") {
                    if (func3(data46) > 64) {
                      const err112 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/plan", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/plan/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.plan, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data46)) {
                      const err113 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/plan", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/plan/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.plan, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/plan", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.deprecation.items.properties.plan.type, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.plan, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data43.repository !== void 0) {
                  let data47 = data43.repository;
                  if (typeof data47 === "string") {
                    if (!pattern11.test(data47)) {
                      const err115 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/repository", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.repository, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  } else {
                    const err116 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/repository", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.deprecation.items.properties.repository.type, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.repository, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data43.status !== void 0) {
                  let data48 = data43.status;
                  if (typeof data48 !== "string") {
                    const err117 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/status", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.deprecation.items.properties.status.type, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.status, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                  if (!(data48 === "planned" || data48 === "in-progress" || data48 === "done")) {
                    const err118 = { instancePath: instancePath + "/compatibility/deprecation/" + i7 + "/status", schemaPath: "#/properties/compatibility/properties/deprecation/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.compatibility.properties.deprecation.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.compatibility.properties.deprecation.items.properties.status.enum, parentSchema: schema11.properties.compatibility.properties.deprecation.items.properties.status, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
              } else {
                const err119 = { instancePath: instancePath + "/compatibility/deprecation/" + i7, schemaPath: "#/properties/compatibility/properties/deprecation/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.compatibility.properties.deprecation.items.type, parentSchema: schema11.properties.compatibility.properties.deprecation.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
          } else {
            const err120 = { instancePath: instancePath + "/compatibility/deprecation", schemaPath: "#/properties/compatibility/properties/deprecation/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.compatibility.properties.deprecation.type, parentSchema: schema11.properties.compatibility.properties.deprecation, data: data42 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data39.migrations !== void 0) {
          let data49 = data39.migrations;
          if (Array.isArray(data49)) {
            const len8 = data49.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data50 = data49[i8];
              if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                if (data50.id === void 0) {
                  const err121 = { instancePath: instancePath + "/compatibility/migrations/" + i8, schemaPath: "#/properties/compatibility/properties/migrations/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.compatibility.properties.migrations.items.required, parentSchema: schema11.properties.compatibility.properties.migrations.items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
                if (data50.description === void 0) {
                  const err122 = { instancePath: instancePath + "/compatibility/migrations/" + i8, schemaPath: "#/properties/compatibility/properties/migrations/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema11.properties.compatibility.properties.migrations.items.required, parentSchema: schema11.properties.compatibility.properties.migrations.items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                for (const key8 in data50) {
                  if (!(key8 === "id" || key8 === "description" || key8 === "throttle" || key8 === "backup" || key8 === "mixedState" || key8 === "verify")) {
                    const err123 = { instancePath: instancePath + "/compatibility/migrations/" + i8, schemaPath: "#/properties/compatibility/properties/migrations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.compatibility.properties.migrations.items, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data50.id !== void 0) {
                  let data51 = data50.id;
                  if (typeof data51 === "string") {
                    if (func3(data51) > 64) {
                      const err124 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/id", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.id, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data51)) {
                      const err125 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/id", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.id, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/id", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.migrations.items.properties.id.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.id, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data50.description !== void 0) {
                  let data52 = data50.description;
                  if (typeof data52 === "string") {
                    if (func3(data52) < 1) {
                      const err127 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/description", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.description, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  } else {
                    const err128 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/description", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.migrations.items.properties.description.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.description, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data50.throttle !== void 0) {
                  let data53 = data50.throttle;
                  if (typeof data53 === "string") {
                    if (func3(data53) < 1) {
                      const err129 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/throttle", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/throttle/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.throttle, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                  } else {
                    const err130 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/throttle", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/throttle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.migrations.items.properties.throttle.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.throttle, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                if (data50.backup !== void 0) {
                  let data54 = data50.backup;
                  if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                    if (data54.what === void 0) {
                      const err131 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/required", keyword: "required", params: { missingProperty: "what" }, message: "must have required property 'what'", schema: schema11.properties.compatibility.properties.migrations.items.properties.backup.required, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                    if (data54.keepFor === void 0) {
                      const err132 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/required", keyword: "required", params: { missingProperty: "keepFor" }, message: "must have required property 'keepFor'", schema: schema11.properties.compatibility.properties.migrations.items.properties.backup.required, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                    for (const key9 in data54) {
                      if (!(key9 === "what" || key9 === "keepFor")) {
                        const err133 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                    if (data54.what !== void 0) {
                      let data55 = data54.what;
                      if (typeof data55 === "string") {
                        if (func3(data55) < 1) {
                          const err134 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup/what", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/properties/what/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup.properties.what, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err134];
                          } else {
                            vErrors.push(err134);
                          }
                          errors++;
                        }
                      } else {
                        const err135 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup/what", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/properties/what/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.migrations.items.properties.backup.properties.what.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup.properties.what, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                    }
                    if (data54.keepFor !== void 0) {
                      let data56 = data54.keepFor;
                      if (typeof data56 === "string") {
                        if (!pattern6.test(data56)) {
                          const err136 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup/keepFor", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/properties/keepFor/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup.properties.keepFor, data: data56 };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                      } else {
                        const err137 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup/keepFor", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/properties/keepFor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.migrations.items.properties.backup.properties.keepFor.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup.properties.keepFor, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err137];
                        } else {
                          vErrors.push(err137);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err138 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/backup", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.compatibility.properties.migrations.items.properties.backup.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.backup, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data50.mixedState !== void 0) {
                  let data57 = data50.mixedState;
                  if (typeof data57 === "string") {
                    if (func3(data57) < 1) {
                      const err139 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/mixedState", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/mixedState/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.mixedState, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/mixedState", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/mixedState/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.migrations.items.properties.mixedState.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.mixedState, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data50.verify !== void 0) {
                  let data58 = data50.verify;
                  if (typeof data58 === "string") {
                    if (func3(data58) < 1) {
                      const err141 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/verify", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/verify/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.verify, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                  } else {
                    const err142 = { instancePath: instancePath + "/compatibility/migrations/" + i8 + "/verify", schemaPath: "#/properties/compatibility/properties/migrations/items/properties/verify/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.migrations.items.properties.verify.type, parentSchema: schema11.properties.compatibility.properties.migrations.items.properties.verify, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
              } else {
                const err143 = { instancePath: instancePath + "/compatibility/migrations/" + i8, schemaPath: "#/properties/compatibility/properties/migrations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.compatibility.properties.migrations.items.type, parentSchema: schema11.properties.compatibility.properties.migrations.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
          } else {
            const err144 = { instancePath: instancePath + "/compatibility/migrations", schemaPath: "#/properties/compatibility/properties/migrations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.compatibility.properties.migrations.type, parentSchema: schema11.properties.compatibility.properties.migrations, data: data49 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
      } else {
        const err145 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.compatibility.type, parentSchema: schema11.properties.compatibility, data: data39 };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data59 = data.metrics;
      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
        for (const key10 in data59) {
          if (pattern14.test(key10)) {
            let data60 = data59[key10];
            if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
              if (data60.provider === void 0) {
                const err146 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].required, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"], data: data60 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
              if (data60.query === void 0) {
                const err147 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].required, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"], data: data60 };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
              if (data60.signal === void 0) {
                const err148 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].required, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"], data: data60 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
              for (const key11 in data60) {
                if (!func2.call(schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties, key11)) {
                  const err149 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              }
              if (data60.provider !== void 0) {
                let data61 = data60.provider;
                if (typeof data61 !== "string") {
                  const err150 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/provider", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.provider.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.provider, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
                if (!(data61 === "prometheus" || data61 === "http-json" || data61 === "json-file")) {
                  const err151 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/provider", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/provider/enum", keyword: "enum", params: { allowedValues: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.provider.enum, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.provider, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
              }
              if (data60.query !== void 0) {
                let data62 = data60.query;
                if (typeof data62 === "string") {
                  if (func3(data62) < 1) {
                    const err152 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/query", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.query, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                } else {
                  const err153 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/query", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.query.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.query, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              }
              if (data60.field !== void 0) {
                let data63 = data60.field;
                if (typeof data63 === "string") {
                  if (func3(data63) < 1) {
                    const err154 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/field", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.field, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                } else {
                  const err155 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/field", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.field.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.field, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err155];
                  } else {
                    vErrors.push(err155);
                  }
                  errors++;
                }
              }
              if (data60.timeField !== void 0) {
                let data64 = data60.timeField;
                if (typeof data64 === "string") {
                  if (func3(data64) < 1) {
                    const err156 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeField", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/timeField/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.timeField, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                } else {
                  const err157 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeField", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/timeField/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.timeField.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.timeField, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
              }
              if (data60.unit !== void 0) {
                let data65 = data60.unit;
                if (typeof data65 === "string") {
                  if (func3(data65) < 1) {
                    const err158 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/unit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.unit, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                } else {
                  const err159 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.unit.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.unit, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
              }
              if (data60.signal !== void 0) {
                let data66 = data60.signal;
                if (typeof data66 !== "string") {
                  const err160 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/signal", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/signal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.signal.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.signal, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
                if (!(data66 === "positive" || data66 === "negative")) {
                  const err161 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/signal", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/signal/enum", keyword: "enum", params: { allowedValues: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.signal.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.signal.enum, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.signal, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              }
              if (data60.direction !== void 0) {
                let data67 = data60.direction;
                if (typeof data67 !== "string") {
                  const err162 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.direction.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.direction, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
                if (!(data67 === "higher-is-better" || data67 === "lower-is-better")) {
                  const err163 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/direction/enum", keyword: "enum", params: { allowedValues: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.direction.enum, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.direction, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              }
              if (data60.window !== void 0) {
                let data68 = data60.window;
                if (typeof data68 === "string") {
                  if (!pattern6.test(data68)) {
                    const err164 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/window/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.window, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                } else {
                  const err165 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/window", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.window.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.window, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
              }
              if (data60.maxAge !== void 0) {
                let data69 = data60.maxAge;
                if (typeof data69 === "string") {
                  if (!pattern6.test(data69)) {
                    const err166 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxAge", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.maxAge, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                } else {
                  const err167 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxAge", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.maxAge.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.maxAge, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              }
              if (data60.description !== void 0) {
                let data70 = data60.description;
                if (typeof data70 === "string") {
                  if (func3(data70) < 1) {
                    const err168 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.description, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                } else {
                  const err169 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.description.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.description, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              }
              if (data60.dashboard !== void 0) {
                let data71 = data60.dashboard;
                if (typeof data71 === "string") {
                  if (!pattern5.test(data71)) {
                    const err170 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/dashboard", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/dashboard/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.dashboard, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                } else {
                  const err171 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/dashboard", schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/dashboard/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.dashboard.type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].properties.dashboard, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
              }
            } else {
              const err172 = { instancePath: instancePath + "/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"].type, parentSchema: schema11.properties.metrics.patternProperties["^[a-z][a-z0-9_]*$"], data: data60 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
          }
        }
      } else {
        const err173 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.type, parentSchema: schema11.properties.metrics, data: data59 };
        if (vErrors === null) {
          vErrors = [err173];
        } else {
          vErrors.push(err173);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data72 = data.variables;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        for (const key12 in data72) {
          if (pattern14.test(key12)) {
            let data73 = data72[key12];
            if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
              if (data73.values === void 0) {
                const err174 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].required, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"], data: data73 };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              for (const key13 in data73) {
                if (!(key13 === "values" || key13 === "default" || key13 === "description")) {
                  const err175 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"], data: data73 };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
              }
              if (data73.values !== void 0) {
                let data74 = data73.values;
                if (Array.isArray(data74)) {
                  if (data74.length < 1) {
                    const err176 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/values", schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.values, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                  const len9 = data74.length;
                  for (let i9 = 0; i9 < len9; i9++) {
                    let data75 = data74[i9];
                    if (typeof data75 === "string") {
                      if (func3(data75) > 64) {
                        const err177 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/values/" + i9, schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/values/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.values.items, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                      }
                      if (!pattern19.test(data75)) {
                        const err178 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/values/" + i9, schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/values/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.values.items, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                    } else {
                      const err179 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/values/" + i9, schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.values.items.type, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.values.items, data: data75 };
                      if (vErrors === null) {
                        vErrors = [err179];
                      } else {
                        vErrors.push(err179);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err180 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/values", schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.values.type, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.values, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
              }
              if (data73.default !== void 0) {
                let data76 = data73.default;
                if (typeof data76 === "string") {
                  if (func3(data76) > 64) {
                    const err181 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/default/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.default, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                  if (!pattern19.test(data76)) {
                    const err182 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/default/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.default, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                } else {
                  const err183 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.default.type, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.default, data: data76 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              }
              if (data73.description !== void 0) {
                let data77 = data73.description;
                if (typeof data77 === "string") {
                  if (func3(data77) < 1) {
                    const err184 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.description, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                } else {
                  const err185 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.description.type, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].properties.description, data: data77 };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
              }
            } else {
              const err186 = { instancePath: instancePath + "/variables/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].type, parentSchema: schema11.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"], data: data73 };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
          }
        }
      } else {
        const err187 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.variables.type, parentSchema: schema11.properties.variables, data: data72 };
        if (vErrors === null) {
          vErrors = [err187];
        } else {
          vErrors.push(err187);
        }
        errors++;
      }
    }
    if (data.freezes !== void 0) {
      let data78 = data.freezes;
      if (Array.isArray(data78)) {
        const len10 = data78.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data79 = data78[i10];
          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
            if (data79.name === void 0) {
              const err188 = { instancePath: instancePath + "/freezes/" + i10, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.freezes.items.required, parentSchema: schema11.properties.freezes.items, data: data79 };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors++;
            }
            if (data79.reason === void 0) {
              const err189 = { instancePath: instancePath + "/freezes/" + i10, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.freezes.items.required, parentSchema: schema11.properties.freezes.items, data: data79 };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
            for (const key14 in data79) {
              if (!(key14 === "name" || key14 === "from" || key14 === "to" || key14 === "every" || key14 === "reason" || key14 === "environments" || key14 === "allowHotfix")) {
                const err190 = { instancePath: instancePath + "/freezes/" + i10, schemaPath: "#/properties/freezes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.freezes.items, data: data79 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
            if (data79.name !== void 0) {
              let data80 = data79.name;
              if (typeof data80 === "string") {
                if (func3(data80) > 64) {
                  const err191 = { instancePath: instancePath + "/freezes/" + i10 + "/name", schemaPath: "#/properties/freezes/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.freezes.items.properties.name, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
                if (!pattern0.test(data80)) {
                  const err192 = { instancePath: instancePath + "/freezes/" + i10 + "/name", schemaPath: "#/properties/freezes/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.freezes.items.properties.name, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
              } else {
                const err193 = { instancePath: instancePath + "/freezes/" + i10 + "/name", schemaPath: "#/properties/freezes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.name.type, parentSchema: schema11.properties.freezes.items.properties.name, data: data80 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data79.from !== void 0) {
              let data81 = data79.from;
              if (typeof data81 === "string") {
                if (!pattern22.test(data81)) {
                  const err194 = { instancePath: instancePath + "/freezes/" + i10 + "/from", schemaPath: "#/properties/freezes/items/properties/from/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema11.properties.freezes.items.properties.from, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              } else {
                const err195 = { instancePath: instancePath + "/freezes/" + i10 + "/from", schemaPath: "#/properties/freezes/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.from.type, parentSchema: schema11.properties.freezes.items.properties.from, data: data81 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data79.to !== void 0) {
              let data82 = data79.to;
              if (typeof data82 === "string") {
                if (!pattern22.test(data82)) {
                  const err196 = { instancePath: instancePath + "/freezes/" + i10 + "/to", schemaPath: "#/properties/freezes/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema11.properties.freezes.items.properties.to, data: data82 };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
              } else {
                const err197 = { instancePath: instancePath + "/freezes/" + i10 + "/to", schemaPath: "#/properties/freezes/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.to.type, parentSchema: schema11.properties.freezes.items.properties.to, data: data82 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
            if (data79.every !== void 0) {
              let data83 = data79.every;
              if (Array.isArray(data83)) {
                if (data83.length < 1) {
                  const err198 = { instancePath: instancePath + "/freezes/" + i10 + "/every", schemaPath: "#/properties/freezes/items/properties/every/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.freezes.items.properties.every, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
                const len11 = data83.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data84 = data83[i11];
                  if (typeof data84 !== "string") {
                    const err199 = { instancePath: instancePath + "/freezes/" + i10 + "/every/" + i11, schemaPath: "#/properties/freezes/items/properties/every/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.every.items.type, parentSchema: schema11.properties.freezes.items.properties.every.items, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                  if (!(data84 === "mon" || data84 === "tue" || data84 === "wed" || data84 === "thu" || data84 === "fri" || data84 === "sat" || data84 === "sun")) {
                    const err200 = { instancePath: instancePath + "/freezes/" + i10 + "/every/" + i11, schemaPath: "#/properties/freezes/items/properties/every/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.freezes.items.properties.every.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.freezes.items.properties.every.items.enum, parentSchema: schema11.properties.freezes.items.properties.every.items, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                }
              } else {
                const err201 = { instancePath: instancePath + "/freezes/" + i10 + "/every", schemaPath: "#/properties/freezes/items/properties/every/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.freezes.items.properties.every.type, parentSchema: schema11.properties.freezes.items.properties.every, data: data83 };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
            if (data79.reason !== void 0) {
              let data85 = data79.reason;
              if (typeof data85 === "string") {
                if (func3(data85) < 1) {
                  const err202 = { instancePath: instancePath + "/freezes/" + i10 + "/reason", schemaPath: "#/properties/freezes/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.freezes.items.properties.reason, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              } else {
                const err203 = { instancePath: instancePath + "/freezes/" + i10 + "/reason", schemaPath: "#/properties/freezes/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.reason.type, parentSchema: schema11.properties.freezes.items.properties.reason, data: data85 };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
            if (data79.environments !== void 0) {
              let data86 = data79.environments;
              if (Array.isArray(data86)) {
                const len12 = data86.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  let data87 = data86[i12];
                  if (typeof data87 === "string") {
                    if (func3(data87) > 64) {
                      const err204 = { instancePath: instancePath + "/freezes/" + i10 + "/environments/" + i12, schemaPath: "#/properties/freezes/items/properties/environments/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.freezes.items.properties.environments.items, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err204];
                      } else {
                        vErrors.push(err204);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data87)) {
                      const err205 = { instancePath: instancePath + "/freezes/" + i10 + "/environments/" + i12, schemaPath: "#/properties/freezes/items/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.freezes.items.properties.environments.items, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                  } else {
                    const err206 = { instancePath: instancePath + "/freezes/" + i10 + "/environments/" + i12, schemaPath: "#/properties/freezes/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.environments.items.type, parentSchema: schema11.properties.freezes.items.properties.environments.items, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
              } else {
                const err207 = { instancePath: instancePath + "/freezes/" + i10 + "/environments", schemaPath: "#/properties/freezes/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.freezes.items.properties.environments.type, parentSchema: schema11.properties.freezes.items.properties.environments, data: data86 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
            if (data79.allowHotfix !== void 0) {
              let data88 = data79.allowHotfix;
              if (typeof data88 !== "boolean") {
                const err208 = { instancePath: instancePath + "/freezes/" + i10 + "/allowHotfix", schemaPath: "#/properties/freezes/items/properties/allowHotfix/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.freezes.items.properties.allowHotfix.type, parentSchema: schema11.properties.freezes.items.properties.allowHotfix, data: data88 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
          } else {
            const err209 = { instancePath: instancePath + "/freezes/" + i10, schemaPath: "#/properties/freezes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freezes.items.type, parentSchema: schema11.properties.freezes.items, data: data79 };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
      } else {
        const err210 = { instancePath: instancePath + "/freezes", schemaPath: "#/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.freezes.type, parentSchema: schema11.properties.freezes, data: data78 };
        if (vErrors === null) {
          vErrors = [err210];
        } else {
          vErrors.push(err210);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data89 = data.schedule;
      if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
        for (const key15 in data89) {
          if (!(key15 === "timeZone" || key15 === "windows" || key15 === "finishBefore")) {
            const err211 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.schedule, data: data89 };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
        if (data89.timeZone !== void 0) {
          let data90 = data89.timeZone;
          if (typeof data90 === "string") {
            if (!pattern25.test(data90)) {
              const err212 = { instancePath: instancePath + "/schedule/timeZone", schemaPath: "#/properties/schedule/properties/timeZone/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"', schema: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", parentSchema: schema11.properties.schedule.properties.timeZone, data: data90 };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
          } else {
            const err213 = { instancePath: instancePath + "/schedule/timeZone", schemaPath: "#/properties/schedule/properties/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.timeZone.type, parentSchema: schema11.properties.schedule.properties.timeZone, data: data90 };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
        if (data89.windows !== void 0) {
          let data91 = data89.windows;
          if (Array.isArray(data91)) {
            if (data91.length > 32) {
              const err214 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema11.properties.schedule.properties.windows, data: data91 };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
            if (data91.length < 1) {
              const err215 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.schedule.properties.windows, data: data91 };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
            const len13 = data91.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data92 = data91[i13];
              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                for (const key16 in data92) {
                  if (!(key16 === "days" || key16 === "from" || key16 === "to" || key16 === "environments")) {
                    const err216 = { instancePath: instancePath + "/schedule/windows/" + i13, schemaPath: "#/properties/schedule/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.schedule.properties.windows.items, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err216];
                    } else {
                      vErrors.push(err216);
                    }
                    errors++;
                  }
                }
                if (data92.days !== void 0) {
                  let data93 = data92.days;
                  if (Array.isArray(data93)) {
                    if (data93.length < 1) {
                      const err217 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/days", schemaPath: "#/properties/schedule/properties/windows/items/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.schedule.properties.windows.items.properties.days, data: data93 };
                      if (vErrors === null) {
                        vErrors = [err217];
                      } else {
                        vErrors.push(err217);
                      }
                      errors++;
                    }
                    const len14 = data93.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      let data94 = data93[i14];
                      if (typeof data94 !== "string") {
                        const err218 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/days/" + i14, schemaPath: "#/properties/schedule/properties/windows/items/properties/days/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.windows.items.properties.days.items.type, parentSchema: schema11.properties.schedule.properties.windows.items.properties.days.items, data: data94 };
                        if (vErrors === null) {
                          vErrors = [err218];
                        } else {
                          vErrors.push(err218);
                        }
                        errors++;
                      }
                      if (!(data94 === "mon" || data94 === "tue" || data94 === "wed" || data94 === "thu" || data94 === "fri" || data94 === "sat" || data94 === "sun")) {
                        const err219 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/days/" + i14, schemaPath: "#/properties/schedule/properties/windows/items/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.schedule.properties.windows.items.properties.days.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.schedule.properties.windows.items.properties.days.items.enum, parentSchema: schema11.properties.schedule.properties.windows.items.properties.days.items, data: data94 };
                        if (vErrors === null) {
                          vErrors = [err219];
                        } else {
                          vErrors.push(err219);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err220 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/days", schemaPath: "#/properties/schedule/properties/windows/items/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.schedule.properties.windows.items.properties.days.type, parentSchema: schema11.properties.schedule.properties.windows.items.properties.days, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                }
                if (data92.from !== void 0) {
                  let data95 = data92.from;
                  if (typeof data95 === "string") {
                    if (!pattern26.test(data95)) {
                      const err221 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/from", schemaPath: "#/properties/schedule/properties/windows/items/properties/from/pattern", keyword: "pattern", params: { pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" }, message: 'must match pattern "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"', schema: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", parentSchema: schema11.properties.schedule.properties.windows.items.properties.from, data: data95 };
                      if (vErrors === null) {
                        vErrors = [err221];
                      } else {
                        vErrors.push(err221);
                      }
                      errors++;
                    }
                  } else {
                    const err222 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/from", schemaPath: "#/properties/schedule/properties/windows/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.windows.items.properties.from.type, parentSchema: schema11.properties.schedule.properties.windows.items.properties.from, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                }
                if (data92.to !== void 0) {
                  let data96 = data92.to;
                  if (typeof data96 === "string") {
                    if (!pattern26.test(data96)) {
                      const err223 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/to", schemaPath: "#/properties/schedule/properties/windows/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" }, message: 'must match pattern "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"', schema: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", parentSchema: schema11.properties.schedule.properties.windows.items.properties.to, data: data96 };
                      if (vErrors === null) {
                        vErrors = [err223];
                      } else {
                        vErrors.push(err223);
                      }
                      errors++;
                    }
                  } else {
                    const err224 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/to", schemaPath: "#/properties/schedule/properties/windows/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.windows.items.properties.to.type, parentSchema: schema11.properties.schedule.properties.windows.items.properties.to, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err224];
                    } else {
                      vErrors.push(err224);
                    }
                    errors++;
                  }
                }
                if (data92.environments !== void 0) {
                  let data97 = data92.environments;
                  if (Array.isArray(data97)) {
                    const len15 = data97.length;
                    for (let i15 = 0; i15 < len15; i15++) {
                      let data98 = data97[i15];
                      if (typeof data98 === "string") {
                        if (func3(data98) > 64) {
                          const err225 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/environments/" + i15, schemaPath: "#/properties/schedule/properties/windows/items/properties/environments/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.schedule.properties.windows.items.properties.environments.items, data: data98 };
                          if (vErrors === null) {
                            vErrors = [err225];
                          } else {
                            vErrors.push(err225);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data98)) {
                          const err226 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/environments/" + i15, schemaPath: "#/properties/schedule/properties/windows/items/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.schedule.properties.windows.items.properties.environments.items, data: data98 };
                          if (vErrors === null) {
                            vErrors = [err226];
                          } else {
                            vErrors.push(err226);
                          }
                          errors++;
                        }
                      } else {
                        const err227 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/environments/" + i15, schemaPath: "#/properties/schedule/properties/windows/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.windows.items.properties.environments.items.type, parentSchema: schema11.properties.schedule.properties.windows.items.properties.environments.items, data: data98 };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err228 = { instancePath: instancePath + "/schedule/windows/" + i13 + "/environments", schemaPath: "#/properties/schedule/properties/windows/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.schedule.properties.windows.items.properties.environments.type, parentSchema: schema11.properties.schedule.properties.windows.items.properties.environments, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err228];
                    } else {
                      vErrors.push(err228);
                    }
                    errors++;
                  }
                }
              } else {
                const err229 = { instancePath: instancePath + "/schedule/windows/" + i13, schemaPath: "#/properties/schedule/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.schedule.properties.windows.items.type, parentSchema: schema11.properties.schedule.properties.windows.items, data: data92 };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
            }
          } else {
            const err230 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.schedule.properties.windows.type, parentSchema: schema11.properties.schedule.properties.windows, data: data91 };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
        if (data89.finishBefore !== void 0) {
          let data99 = data89.finishBefore;
          if (typeof data99 === "string") {
            if (!pattern29.test(data99)) {
              const err231 = { instancePath: instancePath + "/schedule/finishBefore", schemaPath: "#/properties/schedule/properties/finishBefore/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|z|[+-][0-9]{2}:[0-9]{2})?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|z|[+-][0-9]{2}:[0-9]{2})?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|z|[+-][0-9]{2}:[0-9]{2})?)?$", parentSchema: schema11.properties.schedule.properties.finishBefore, data: data99 };
              if (vErrors === null) {
                vErrors = [err231];
              } else {
                vErrors.push(err231);
              }
              errors++;
            }
          } else {
            const err232 = { instancePath: instancePath + "/schedule/finishBefore", schemaPath: "#/properties/schedule/properties/finishBefore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.schedule.properties.finishBefore.type, parentSchema: schema11.properties.schedule.properties.finishBefore, data: data99 };
            if (vErrors === null) {
              vErrors = [err232];
            } else {
              vErrors.push(err232);
            }
            errors++;
          }
        }
      } else {
        const err233 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.schedule.type, parentSchema: schema11.properties.schedule, data: data89 };
        if (vErrors === null) {
          vErrors = [err233];
        } else {
          vErrors.push(err233);
        }
        errors++;
      }
    }
    if (data.phases !== void 0) {
      let data100 = data.phases;
      if (Array.isArray(data100)) {
        if (data100.length < 1) {
          const err234 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.phases, data: data100 };
          if (vErrors === null) {
            vErrors = [err234];
          } else {
            vErrors.push(err234);
          }
          errors++;
        }
        const len16 = data100.length;
        for (let i16 = 0; i16 < len16; i16++) {
          let data101 = data100[i16];
          if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
            if (data101.id === void 0) {
              const err235 = { instancePath: instancePath + "/phases/" + i16, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.phases.items.required, parentSchema: schema11.properties.phases.items, data: data101 };
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors++;
            }
            if (data101.title === void 0) {
              const err236 = { instancePath: instancePath + "/phases/" + i16, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.phases.items.required, parentSchema: schema11.properties.phases.items, data: data101 };
              if (vErrors === null) {
                vErrors = [err236];
              } else {
                vErrors.push(err236);
              }
              errors++;
            }
            if (data101.environment === void 0) {
              const err237 = { instancePath: instancePath + "/phases/" + i16, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema11.properties.phases.items.required, parentSchema: schema11.properties.phases.items, data: data101 };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
            if (data101.strategy === void 0) {
              const err238 = { instancePath: instancePath + "/phases/" + i16, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema11.properties.phases.items.required, parentSchema: schema11.properties.phases.items, data: data101 };
              if (vErrors === null) {
                vErrors = [err238];
              } else {
                vErrors.push(err238);
              }
              errors++;
            }
            if (data101.steps === void 0) {
              const err239 = { instancePath: instancePath + "/phases/" + i16, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema11.properties.phases.items.required, parentSchema: schema11.properties.phases.items, data: data101 };
              if (vErrors === null) {
                vErrors = [err239];
              } else {
                vErrors.push(err239);
              }
              errors++;
            }
            for (const key17 in data101) {
              if (!func2.call(schema11.properties.phases.items.properties, key17)) {
                const err240 = { instancePath: instancePath + "/phases/" + i16, schemaPath: "#/properties/phases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items, data: data101 };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            }
            if (data101.id !== void 0) {
              let data102 = data101.id;
              if (typeof data102 === "string") {
                if (func3(data102) > 64) {
                  const err241 = { instancePath: instancePath + "/phases/" + i16 + "/id", schemaPath: "#/properties/phases/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.phases.items.properties.id, data: data102 };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                }
                if (!pattern0.test(data102)) {
                  const err242 = { instancePath: instancePath + "/phases/" + i16 + "/id", schemaPath: "#/properties/phases/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.phases.items.properties.id, data: data102 };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
              } else {
                const err243 = { instancePath: instancePath + "/phases/" + i16 + "/id", schemaPath: "#/properties/phases/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.id.type, parentSchema: schema11.properties.phases.items.properties.id, data: data102 };
                if (vErrors === null) {
                  vErrors = [err243];
                } else {
                  vErrors.push(err243);
                }
                errors++;
              }
            }
            if (data101.title !== void 0) {
              let data103 = data101.title;
              if (typeof data103 === "string") {
                if (func3(data103) < 1) {
                  const err244 = { instancePath: instancePath + "/phases/" + i16 + "/title", schemaPath: "#/properties/phases/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.title, data: data103 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              } else {
                const err245 = { instancePath: instancePath + "/phases/" + i16 + "/title", schemaPath: "#/properties/phases/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.title.type, parentSchema: schema11.properties.phases.items.properties.title, data: data103 };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
            if (data101.environment !== void 0) {
              let data104 = data101.environment;
              if (typeof data104 !== "string") {
                const err246 = { instancePath: instancePath + "/phases/" + i16 + "/environment", schemaPath: "#/properties/phases/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.environment.type, parentSchema: schema11.properties.phases.items.properties.environment, data: data104 };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              }
              if (!(data104 === "dev" || data104 === "test" || data104 === "staging" || data104 === "canary" || data104 === "production")) {
                const err247 = { instancePath: instancePath + "/phases/" + i16 + "/environment", schemaPath: "#/properties/phases/items/properties/environment/enum", keyword: "enum", params: { allowedValues: schema11.properties.phases.items.properties.environment.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.phases.items.properties.environment.enum, parentSchema: schema11.properties.phases.items.properties.environment, data: data104 };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
            }
            if (data101.targets !== void 0) {
              let data105 = data101.targets;
              if (Array.isArray(data105)) {
                const len17 = data105.length;
                for (let i17 = 0; i17 < len17; i17++) {
                  let data106 = data105[i17];
                  const _errs230 = errors;
                  let valid54 = false;
                  const _errs231 = errors;
                  if (typeof data106 === "string") {
                    if (func3(data106) < 1) {
                      const err248 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[0], data: data106 };
                      if (vErrors === null) {
                        vErrors = [err248];
                      } else {
                        vErrors.push(err248);
                      }
                      errors++;
                    }
                  } else {
                    const err249 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.targets.items.anyOf[0].type, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[0], data: data106 };
                    if (vErrors === null) {
                      vErrors = [err249];
                    } else {
                      vErrors.push(err249);
                    }
                    errors++;
                  }
                  var _valid0 = _errs231 === errors;
                  valid54 = valid54 || _valid0;
                  if (!valid54) {
                    const _errs233 = errors;
                    if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
                      if (data106.name === void 0) {
                        const err250 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].required, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1], data: data106 };
                        if (vErrors === null) {
                          vErrors = [err250];
                        } else {
                          vErrors.push(err250);
                        }
                        errors++;
                      }
                      if (data106.kind === void 0) {
                        const err251 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].required, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1], data: data106 };
                        if (vErrors === null) {
                          vErrors = [err251];
                        } else {
                          vErrors.push(err251);
                        }
                        errors++;
                      }
                      for (const key18 in data106) {
                        if (!(key18 === "name" || key18 === "kind" || key18 === "share" || key18 === "includes")) {
                          const err252 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1], data: data106 };
                          if (vErrors === null) {
                            vErrors = [err252];
                          } else {
                            vErrors.push(err252);
                          }
                          errors++;
                        }
                      }
                      if (data106.name !== void 0) {
                        let data107 = data106.name;
                        if (typeof data107 === "string") {
                          if (func3(data107) < 1) {
                            const err253 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/name", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.name, data: data107 };
                            if (vErrors === null) {
                              vErrors = [err253];
                            } else {
                              vErrors.push(err253);
                            }
                            errors++;
                          }
                        } else {
                          const err254 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/name", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.name.type, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.name, data: data107 };
                          if (vErrors === null) {
                            vErrors = [err254];
                          } else {
                            vErrors.push(err254);
                          }
                          errors++;
                        }
                      }
                      if (data106.kind !== void 0) {
                        let data108 = data106.kind;
                        if (typeof data108 !== "string") {
                          const err255 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/kind", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.kind.type, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.kind, data: data108 };
                          if (vErrors === null) {
                            vErrors = [err255];
                          } else {
                            vErrors.push(err255);
                          }
                          errors++;
                        }
                        if (!(data108 === "cell" || data108 === "shard" || data108 === "region" || data108 === "zone" || data108 === "cluster" || data108 === "pool" || data108 === "wave" || data108 === "ring" || data108 === "cohort")) {
                          const err256 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/kind", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.kind.enum, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.kind, data: data108 };
                          if (vErrors === null) {
                            vErrors = [err256];
                          } else {
                            vErrors.push(err256);
                          }
                          errors++;
                        }
                      }
                      if (data106.share !== void 0) {
                        let data109 = data106.share;
                        if (typeof data109 === "string") {
                          if (!pattern31.test(data109)) {
                            const err257 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/share", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/share/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"', schema: "^[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.share, data: data109 };
                            if (vErrors === null) {
                              vErrors = [err257];
                            } else {
                              vErrors.push(err257);
                            }
                            errors++;
                          }
                        } else {
                          const err258 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/share", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/share/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.share.type, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.share, data: data109 };
                          if (vErrors === null) {
                            vErrors = [err258];
                          } else {
                            vErrors.push(err258);
                          }
                          errors++;
                        }
                      }
                      if (data106.includes !== void 0) {
                        let data110 = data106.includes;
                        if (Array.isArray(data110)) {
                          if (data110.length < 1) {
                            const err259 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/includes", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/includes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.includes, data: data110 };
                            if (vErrors === null) {
                              vErrors = [err259];
                            } else {
                              vErrors.push(err259);
                            }
                            errors++;
                          }
                          const len18 = data110.length;
                          for (let i18 = 0; i18 < len18; i18++) {
                            let data111 = data110[i18];
                            if (typeof data111 === "string") {
                              if (func3(data111) < 1) {
                                const err260 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/includes/" + i18, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/includes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.includes.items, data: data111 };
                                if (vErrors === null) {
                                  vErrors = [err260];
                                } else {
                                  vErrors.push(err260);
                                }
                                errors++;
                              }
                            } else {
                              const err261 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/includes/" + i18, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/includes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.includes.items.type, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.includes.items, data: data111 };
                              if (vErrors === null) {
                                vErrors = [err261];
                              } else {
                                vErrors.push(err261);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err262 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17 + "/includes", schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/properties/includes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.includes.type, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1].properties.includes, data: data110 };
                          if (vErrors === null) {
                            vErrors = [err262];
                          } else {
                            vErrors.push(err262);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err263 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.targets.items.anyOf[1].type, parentSchema: schema11.properties.phases.items.properties.targets.items.anyOf[1], data: data106 };
                      if (vErrors === null) {
                        vErrors = [err263];
                      } else {
                        vErrors.push(err263);
                      }
                      errors++;
                    }
                    var _valid0 = _errs233 === errors;
                    valid54 = valid54 || _valid0;
                  }
                  if (!valid54) {
                    const err264 = { instancePath: instancePath + "/phases/" + i16 + "/targets/" + i17, schemaPath: "#/properties/phases/items/properties/targets/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.phases.items.properties.targets.items.anyOf, parentSchema: schema11.properties.phases.items.properties.targets.items, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err264];
                    } else {
                      vErrors.push(err264);
                    }
                    errors++;
                  } else {
                    errors = _errs230;
                    if (vErrors !== null) {
                      if (_errs230) {
                        vErrors.length = _errs230;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err265 = { instancePath: instancePath + "/phases/" + i16 + "/targets", schemaPath: "#/properties/phases/items/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.targets.type, parentSchema: schema11.properties.phases.items.properties.targets, data: data105 };
                if (vErrors === null) {
                  vErrors = [err265];
                } else {
                  vErrors.push(err265);
                }
                errors++;
              }
            }
            if (data101.audience !== void 0) {
              let data112 = data101.audience;
              if (typeof data112 === "string") {
                if (!pattern32.test(data112)) {
                  const err266 = { instancePath: instancePath + "/phases/" + i16 + "/audience", schemaPath: "#/properties/phases/items/properties/audience/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%( of (requests|users|sessions|hosts|pods|cells|regions|installs))?$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%( of (requests|users|sessions|hosts|pods|cells|regions|installs))?$"', schema: "^[0-9]+(\\.[0-9]+)?%( of (requests|users|sessions|hosts|pods|cells|regions|installs))?$", parentSchema: schema11.properties.phases.items.properties.audience, data: data112 };
                  if (vErrors === null) {
                    vErrors = [err266];
                  } else {
                    vErrors.push(err266);
                  }
                  errors++;
                }
              } else {
                const err267 = { instancePath: instancePath + "/phases/" + i16 + "/audience", schemaPath: "#/properties/phases/items/properties/audience/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.audience.type, parentSchema: schema11.properties.phases.items.properties.audience, data: data112 };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              }
            }
            if (data101.strategy !== void 0) {
              let data113 = data101.strategy;
              if (typeof data113 !== "string") {
                const err268 = { instancePath: instancePath + "/phases/" + i16 + "/strategy", schemaPath: "#/properties/phases/items/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.strategy.type, parentSchema: schema11.properties.phases.items.properties.strategy, data: data113 };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
              if (!(data113 === "canary" || data113 === "rolling" || data113 === "blue-green" || data113 === "flag-ramp" || data113 === "shadow" || data113 === "migration")) {
                const err269 = { instancePath: instancePath + "/phases/" + i16 + "/strategy", schemaPath: "#/properties/phases/items/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema11.properties.phases.items.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.phases.items.properties.strategy.enum, parentSchema: schema11.properties.phases.items.properties.strategy, data: data113 };
                if (vErrors === null) {
                  vErrors = [err269];
                } else {
                  vErrors.push(err269);
                }
                errors++;
              }
            }
            if (data101.steps !== void 0) {
              let data114 = data101.steps;
              if (Array.isArray(data114)) {
                if (data114.length < 1) {
                  const err270 = { instancePath: instancePath + "/phases/" + i16 + "/steps", schemaPath: "#/properties/phases/items/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps, data: data114 };
                  if (vErrors === null) {
                    vErrors = [err270];
                  } else {
                    vErrors.push(err270);
                  }
                  errors++;
                }
                const len19 = data114.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  let data115 = data114[i19];
                  if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                    if (data115.id === void 0) {
                      const err271 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19, schemaPath: "#/properties/phases/items/properties/steps/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.phases.items.properties.steps.items.required, parentSchema: schema11.properties.phases.items.properties.steps.items, data: data115 };
                      if (vErrors === null) {
                        vErrors = [err271];
                      } else {
                        vErrors.push(err271);
                      }
                      errors++;
                    }
                    if (data115.kind === void 0) {
                      const err272 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19, schemaPath: "#/properties/phases/items/properties/steps/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.phases.items.properties.steps.items.required, parentSchema: schema11.properties.phases.items.properties.steps.items, data: data115 };
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                    if (data115.do === void 0) {
                      const err273 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19, schemaPath: "#/properties/phases/items/properties/steps/items/required", keyword: "required", params: { missingProperty: "do" }, message: "must have required property 'do'", schema: schema11.properties.phases.items.properties.steps.items.required, parentSchema: schema11.properties.phases.items.properties.steps.items, data: data115 };
                      if (vErrors === null) {
                        vErrors = [err273];
                      } else {
                        vErrors.push(err273);
                      }
                      errors++;
                    }
                    for (const key19 in data115) {
                      if (!func2.call(schema11.properties.phases.items.properties.steps.items.properties, key19)) {
                        const err274 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19, schemaPath: "#/properties/phases/items/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.steps.items, data: data115 };
                        if (vErrors === null) {
                          vErrors = [err274];
                        } else {
                          vErrors.push(err274);
                        }
                        errors++;
                      }
                    }
                    if (data115.id !== void 0) {
                      let data116 = data115.id;
                      if (typeof data116 === "string") {
                        if (func3(data116) > 64) {
                          const err275 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/id", schemaPath: "#/properties/phases/items/properties/steps/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.id, data: data116 };
                          if (vErrors === null) {
                            vErrors = [err275];
                          } else {
                            vErrors.push(err275);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data116)) {
                          const err276 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/id", schemaPath: "#/properties/phases/items/properties/steps/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.phases.items.properties.steps.items.properties.id, data: data116 };
                          if (vErrors === null) {
                            vErrors = [err276];
                          } else {
                            vErrors.push(err276);
                          }
                          errors++;
                        }
                      } else {
                        const err277 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/id", schemaPath: "#/properties/phases/items/properties/steps/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.id.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.id, data: data116 };
                        if (vErrors === null) {
                          vErrors = [err277];
                        } else {
                          vErrors.push(err277);
                        }
                        errors++;
                      }
                    }
                    if (data115.kind !== void 0) {
                      let data117 = data115.kind;
                      if (typeof data117 !== "string") {
                        const err278 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/kind", schemaPath: "#/properties/phases/items/properties/steps/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.kind.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.kind, data: data117 };
                        if (vErrors === null) {
                          vErrors = [err278];
                        } else {
                          vErrors.push(err278);
                        }
                        errors++;
                      }
                      if (!(data117 === "binary" || data117 === "config" || data117 === "flag" || data117 === "migration" || data117 === "test" || data117 === "manual")) {
                        const err279 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/kind", schemaPath: "#/properties/phases/items/properties/steps/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.phases.items.properties.steps.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.phases.items.properties.steps.items.properties.kind.enum, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.kind, data: data117 };
                        if (vErrors === null) {
                          vErrors = [err279];
                        } else {
                          vErrors.push(err279);
                        }
                        errors++;
                      }
                    }
                    if (data115.do !== void 0) {
                      let data118 = data115.do;
                      if (typeof data118 === "string") {
                        if (func3(data118) < 1) {
                          const err280 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/do", schemaPath: "#/properties/phases/items/properties/steps/items/properties/do/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.do, data: data118 };
                          if (vErrors === null) {
                            vErrors = [err280];
                          } else {
                            vErrors.push(err280);
                          }
                          errors++;
                        }
                      } else {
                        const err281 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/do", schemaPath: "#/properties/phases/items/properties/steps/items/properties/do/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.do.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.do, data: data118 };
                        if (vErrors === null) {
                          vErrors = [err281];
                        } else {
                          vErrors.push(err281);
                        }
                        errors++;
                      }
                    }
                    if (data115.command !== void 0) {
                      let data119 = data115.command;
                      if (typeof data119 === "string") {
                        if (func3(data119) < 1) {
                          const err282 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/command", schemaPath: "#/properties/phases/items/properties/steps/items/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.command, data: data119 };
                          if (vErrors === null) {
                            vErrors = [err282];
                          } else {
                            vErrors.push(err282);
                          }
                          errors++;
                        }
                      } else {
                        const err283 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/command", schemaPath: "#/properties/phases/items/properties/steps/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.command.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.command, data: data119 };
                        if (vErrors === null) {
                          vErrors = [err283];
                        } else {
                          vErrors.push(err283);
                        }
                        errors++;
                      }
                    }
                    if (data115.owner !== void 0) {
                      let data120 = data115.owner;
                      if (typeof data120 === "string") {
                        if (!pattern1.test(data120)) {
                          const err284 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/owner", schemaPath: "#/properties/phases/items/properties/steps/items/properties/owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.phases.items.properties.steps.items.properties.owner, data: data120 };
                          if (vErrors === null) {
                            vErrors = [err284];
                          } else {
                            vErrors.push(err284);
                          }
                          errors++;
                        }
                      } else {
                        const err285 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/owner", schemaPath: "#/properties/phases/items/properties/steps/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.owner.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.owner, data: data120 };
                        if (vErrors === null) {
                          vErrors = [err285];
                        } else {
                          vErrors.push(err285);
                        }
                        errors++;
                      }
                    }
                    if (data115.rollback !== void 0) {
                      let data121 = data115.rollback;
                      const _errs266 = errors;
                      let valid61 = false;
                      const _errs267 = errors;
                      if (typeof data121 === "string") {
                        if (func3(data121) < 1) {
                          const err286 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[0], data: data121 };
                          if (vErrors === null) {
                            vErrors = [err286];
                          } else {
                            vErrors.push(err286);
                          }
                          errors++;
                        }
                      } else {
                        const err287 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[0].type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[0], data: data121 };
                        if (vErrors === null) {
                          vErrors = [err287];
                        } else {
                          vErrors.push(err287);
                        }
                        errors++;
                      }
                      var _valid1 = _errs267 === errors;
                      valid61 = valid61 || _valid1;
                      if (!valid61) {
                        const _errs269 = errors;
                        if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                          if (data121.do === void 0) {
                            const err288 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/1/required", keyword: "required", params: { missingProperty: "do" }, message: "must have required property 'do'", schema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].required, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1], data: data121 };
                            if (vErrors === null) {
                              vErrors = [err288];
                            } else {
                              vErrors.push(err288);
                            }
                            errors++;
                          }
                          for (const key20 in data121) {
                            if (!(key20 === "do" || key20 === "command")) {
                              const err289 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1], data: data121 };
                              if (vErrors === null) {
                                vErrors = [err289];
                              } else {
                                vErrors.push(err289);
                              }
                              errors++;
                            }
                          }
                          if (data121.do !== void 0) {
                            let data122 = data121.do;
                            if (typeof data122 === "string") {
                              if (func3(data122) < 1) {
                                const err290 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback/do", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/1/properties/do/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].properties.do, data: data122 };
                                if (vErrors === null) {
                                  vErrors = [err290];
                                } else {
                                  vErrors.push(err290);
                                }
                                errors++;
                              }
                            } else {
                              const err291 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback/do", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/1/properties/do/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].properties.do.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].properties.do, data: data122 };
                              if (vErrors === null) {
                                vErrors = [err291];
                              } else {
                                vErrors.push(err291);
                              }
                              errors++;
                            }
                          }
                          if (data121.command !== void 0) {
                            let data123 = data121.command;
                            if (typeof data123 === "string") {
                              if (func3(data123) < 1) {
                                const err292 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback/command", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/1/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].properties.command, data: data123 };
                                if (vErrors === null) {
                                  vErrors = [err292];
                                } else {
                                  vErrors.push(err292);
                                }
                                errors++;
                              }
                            } else {
                              const err293 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback/command", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/1/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].properties.command.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].properties.command, data: data123 };
                              if (vErrors === null) {
                                vErrors = [err293];
                              } else {
                                vErrors.push(err293);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err294 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1].type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf[1], data: data121 };
                          if (vErrors === null) {
                            vErrors = [err294];
                          } else {
                            vErrors.push(err294);
                          }
                          errors++;
                        }
                        var _valid1 = _errs269 === errors;
                        valid61 = valid61 || _valid1;
                      }
                      if (!valid61) {
                        const err295 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollback", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollback/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.phases.items.properties.steps.items.properties.rollback.anyOf, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollback, data: data121 };
                        if (vErrors === null) {
                          vErrors = [err295];
                        } else {
                          vErrors.push(err295);
                        }
                        errors++;
                      } else {
                        errors = _errs266;
                        if (vErrors !== null) {
                          if (_errs266) {
                            vErrors.length = _errs266;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data115.flag !== void 0) {
                      let data124 = data115.flag;
                      if (typeof data124 !== "string") {
                        const err296 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/flag", schemaPath: "#/properties/phases/items/properties/steps/items/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.flag.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.flag, data: data124 };
                        if (vErrors === null) {
                          vErrors = [err296];
                        } else {
                          vErrors.push(err296);
                        }
                        errors++;
                      }
                    }
                    if (data115.ramp !== void 0) {
                      let data125 = data115.ramp;
                      if (Array.isArray(data125)) {
                        if (data125.length < 1) {
                          const err297 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp, data: data125 };
                          if (vErrors === null) {
                            vErrors = [err297];
                          } else {
                            vErrors.push(err297);
                          }
                          errors++;
                        }
                        const len20 = data125.length;
                        for (let i20 = 0; i20 < len20; i20++) {
                          let data126 = data125[i20];
                          if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                            if (data126.percent === void 0) {
                              const err298 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20, schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/required", keyword: "required", params: { missingProperty: "percent" }, message: "must have required property 'percent'", schema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.required, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items, data: data126 };
                              if (vErrors === null) {
                                vErrors = [err298];
                              } else {
                                vErrors.push(err298);
                              }
                              errors++;
                            }
                            for (const key21 in data126) {
                              if (!(key21 === "percent" || key21 === "of" || key21 === "cohort")) {
                                const err299 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20, schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items, data: data126 };
                                if (vErrors === null) {
                                  vErrors = [err299];
                                } else {
                                  vErrors.push(err299);
                                }
                                errors++;
                              }
                            }
                            if (data126.percent !== void 0) {
                              let data127 = data126.percent;
                              if (typeof data127 == "number" && isFinite(data127)) {
                                if (data127 > 100 || isNaN(data127)) {
                                  const err300 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20 + "/percent", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.percent, data: data127 };
                                  if (vErrors === null) {
                                    vErrors = [err300];
                                  } else {
                                    vErrors.push(err300);
                                  }
                                  errors++;
                                }
                                if (data127 < 0 || isNaN(data127)) {
                                  const err301 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20 + "/percent", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.percent, data: data127 };
                                  if (vErrors === null) {
                                    vErrors = [err301];
                                  } else {
                                    vErrors.push(err301);
                                  }
                                  errors++;
                                }
                              } else {
                                const err302 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20 + "/percent", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.percent.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.percent, data: data127 };
                                if (vErrors === null) {
                                  vErrors = [err302];
                                } else {
                                  vErrors.push(err302);
                                }
                                errors++;
                              }
                            }
                            if (data126.of !== void 0) {
                              let data128 = data126.of;
                              if (typeof data128 !== "string") {
                                const err303 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20 + "/of", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/properties/of/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.of.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.of, data: data128 };
                                if (vErrors === null) {
                                  vErrors = [err303];
                                } else {
                                  vErrors.push(err303);
                                }
                                errors++;
                              }
                              if (!(data128 === "requests" || data128 === "users" || data128 === "sessions" || data128 === "hosts" || data128 === "pods" || data128 === "cells" || data128 === "regions" || data128 === "installs" || data128 === "targets")) {
                                const err304 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20 + "/of", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/properties/of/enum", keyword: "enum", params: { allowedValues: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.of.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.of.enum, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.of, data: data128 };
                                if (vErrors === null) {
                                  vErrors = [err304];
                                } else {
                                  vErrors.push(err304);
                                }
                                errors++;
                              }
                            }
                            if (data126.cohort !== void 0) {
                              let data129 = data126.cohort;
                              if (typeof data129 === "string") {
                                if (func3(data129) < 1) {
                                  const err305 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20 + "/cohort", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/properties/cohort/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.cohort, data: data129 };
                                  if (vErrors === null) {
                                    vErrors = [err305];
                                  } else {
                                    vErrors.push(err305);
                                  }
                                  errors++;
                                }
                              } else {
                                const err306 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20 + "/cohort", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/properties/cohort/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.cohort.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.properties.cohort, data: data129 };
                                if (vErrors === null) {
                                  vErrors = [err306];
                                } else {
                                  vErrors.push(err306);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err307 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp/" + i20, schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp.items, data: data126 };
                            if (vErrors === null) {
                              vErrors = [err307];
                            } else {
                              vErrors.push(err307);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err308 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/ramp", schemaPath: "#/properties/phases/items/properties/steps/items/properties/ramp/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.steps.items.properties.ramp.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.ramp, data: data125 };
                        if (vErrors === null) {
                          vErrors = [err308];
                        } else {
                          vErrors.push(err308);
                        }
                        errors++;
                      }
                    }
                    if (data115.migration !== void 0) {
                      let data130 = data115.migration;
                      if (typeof data130 !== "string") {
                        const err309 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/migration", schemaPath: "#/properties/phases/items/properties/steps/items/properties/migration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.migration.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.migration, data: data130 };
                        if (vErrors === null) {
                          vErrors = [err309];
                        } else {
                          vErrors.push(err309);
                        }
                        errors++;
                      }
                    }
                    if (data115.activates !== void 0) {
                      let data131 = data115.activates;
                      if (typeof data131 !== "boolean") {
                        const err310 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/activates", schemaPath: "#/properties/phases/items/properties/steps/items/properties/activates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.phases.items.properties.steps.items.properties.activates.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.activates, data: data131 };
                        if (vErrors === null) {
                          vErrors = [err310];
                        } else {
                          vErrors.push(err310);
                        }
                        errors++;
                      }
                    }
                    if (data115.irreversible !== void 0) {
                      let data132 = data115.irreversible;
                      const _errs294 = errors;
                      let valid66 = false;
                      const _errs295 = errors;
                      if (typeof data132 !== "boolean") {
                        const err311 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/irreversible", schemaPath: "#/properties/phases/items/properties/steps/items/properties/irreversible/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.phases.items.properties.steps.items.properties.irreversible.anyOf[0].type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.irreversible.anyOf[0], data: data132 };
                        if (vErrors === null) {
                          vErrors = [err311];
                        } else {
                          vErrors.push(err311);
                        }
                        errors++;
                      }
                      var _valid2 = _errs295 === errors;
                      valid66 = valid66 || _valid2;
                      if (!valid66) {
                        const _errs297 = errors;
                        if (typeof data132 === "string") {
                          if (func3(data132) < 1) {
                            const err312 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/irreversible", schemaPath: "#/properties/phases/items/properties/steps/items/properties/irreversible/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.irreversible.anyOf[1], data: data132 };
                            if (vErrors === null) {
                              vErrors = [err312];
                            } else {
                              vErrors.push(err312);
                            }
                            errors++;
                          }
                        } else {
                          const err313 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/irreversible", schemaPath: "#/properties/phases/items/properties/steps/items/properties/irreversible/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.irreversible.anyOf[1].type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.irreversible.anyOf[1], data: data132 };
                          if (vErrors === null) {
                            vErrors = [err313];
                          } else {
                            vErrors.push(err313);
                          }
                          errors++;
                        }
                        var _valid2 = _errs297 === errors;
                        valid66 = valid66 || _valid2;
                      }
                      if (!valid66) {
                        const err314 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/irreversible", schemaPath: "#/properties/phases/items/properties/steps/items/properties/irreversible/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.phases.items.properties.steps.items.properties.irreversible.anyOf, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.irreversible, data: data132 };
                        if (vErrors === null) {
                          vErrors = [err314];
                        } else {
                          vErrors.push(err314);
                        }
                        errors++;
                      } else {
                        errors = _errs294;
                        if (vErrors !== null) {
                          if (_errs294) {
                            vErrors.length = _errs294;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data115.rollForward !== void 0) {
                      let data133 = data115.rollForward;
                      const _errs300 = errors;
                      let valid67 = false;
                      const _errs301 = errors;
                      if (typeof data133 === "string") {
                        if (func3(data133) < 1) {
                          const err315 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[0], data: data133 };
                          if (vErrors === null) {
                            vErrors = [err315];
                          } else {
                            vErrors.push(err315);
                          }
                          errors++;
                        }
                      } else {
                        const err316 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[0].type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[0], data: data133 };
                        if (vErrors === null) {
                          vErrors = [err316];
                        } else {
                          vErrors.push(err316);
                        }
                        errors++;
                      }
                      var _valid3 = _errs301 === errors;
                      valid67 = valid67 || _valid3;
                      if (!valid67) {
                        const _errs303 = errors;
                        if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
                          if (data133.do === void 0) {
                            const err317 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/1/required", keyword: "required", params: { missingProperty: "do" }, message: "must have required property 'do'", schema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].required, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1], data: data133 };
                            if (vErrors === null) {
                              vErrors = [err317];
                            } else {
                              vErrors.push(err317);
                            }
                            errors++;
                          }
                          for (const key22 in data133) {
                            if (!(key22 === "do" || key22 === "command")) {
                              const err318 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1], data: data133 };
                              if (vErrors === null) {
                                vErrors = [err318];
                              } else {
                                vErrors.push(err318);
                              }
                              errors++;
                            }
                          }
                          if (data133.do !== void 0) {
                            let data134 = data133.do;
                            if (typeof data134 === "string") {
                              if (func3(data134) < 1) {
                                const err319 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward/do", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/1/properties/do/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].properties.do, data: data134 };
                                if (vErrors === null) {
                                  vErrors = [err319];
                                } else {
                                  vErrors.push(err319);
                                }
                                errors++;
                              }
                            } else {
                              const err320 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward/do", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/1/properties/do/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].properties.do.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].properties.do, data: data134 };
                              if (vErrors === null) {
                                vErrors = [err320];
                              } else {
                                vErrors.push(err320);
                              }
                              errors++;
                            }
                          }
                          if (data133.command !== void 0) {
                            let data135 = data133.command;
                            if (typeof data135 === "string") {
                              if (func3(data135) < 1) {
                                const err321 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward/command", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/1/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].properties.command, data: data135 };
                                if (vErrors === null) {
                                  vErrors = [err321];
                                } else {
                                  vErrors.push(err321);
                                }
                                errors++;
                              }
                            } else {
                              const err322 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward/command", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/1/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].properties.command.type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].properties.command, data: data135 };
                              if (vErrors === null) {
                                vErrors = [err322];
                              } else {
                                vErrors.push(err322);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err323 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1].type, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf[1], data: data133 };
                          if (vErrors === null) {
                            vErrors = [err323];
                          } else {
                            vErrors.push(err323);
                          }
                          errors++;
                        }
                        var _valid3 = _errs303 === errors;
                        valid67 = valid67 || _valid3;
                      }
                      if (!valid67) {
                        const err324 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19 + "/rollForward", schemaPath: "#/properties/phases/items/properties/steps/items/properties/rollForward/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.phases.items.properties.steps.items.properties.rollForward.anyOf, parentSchema: schema11.properties.phases.items.properties.steps.items.properties.rollForward, data: data133 };
                        if (vErrors === null) {
                          vErrors = [err324];
                        } else {
                          vErrors.push(err324);
                        }
                        errors++;
                      } else {
                        errors = _errs300;
                        if (vErrors !== null) {
                          if (_errs300) {
                            vErrors.length = _errs300;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err325 = { instancePath: instancePath + "/phases/" + i16 + "/steps/" + i19, schemaPath: "#/properties/phases/items/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.steps.items.type, parentSchema: schema11.properties.phases.items.properties.steps.items, data: data115 };
                    if (vErrors === null) {
                      vErrors = [err325];
                    } else {
                      vErrors.push(err325);
                    }
                    errors++;
                  }
                }
              } else {
                const err326 = { instancePath: instancePath + "/phases/" + i16 + "/steps", schemaPath: "#/properties/phases/items/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.steps.type, parentSchema: schema11.properties.phases.items.properties.steps, data: data114 };
                if (vErrors === null) {
                  vErrors = [err326];
                } else {
                  vErrors.push(err326);
                }
                errors++;
              }
            }
            if (data101.stages !== void 0) {
              let data136 = data101.stages;
              if (Array.isArray(data136)) {
                if (data136.length < 1) {
                  const err327 = { instancePath: instancePath + "/phases/" + i16 + "/stages", schemaPath: "#/properties/phases/items/properties/stages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.phases.items.properties.stages, data: data136 };
                  if (vErrors === null) {
                    vErrors = [err327];
                  } else {
                    vErrors.push(err327);
                  }
                  errors++;
                }
                const len21 = data136.length;
                for (let i21 = 0; i21 < len21; i21++) {
                  let data137 = data136[i21];
                  if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
                    if (data137.percent === void 0) {
                      const err328 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21, schemaPath: "#/properties/phases/items/properties/stages/items/required", keyword: "required", params: { missingProperty: "percent" }, message: "must have required property 'percent'", schema: schema11.properties.phases.items.properties.stages.items.required, parentSchema: schema11.properties.phases.items.properties.stages.items, data: data137 };
                      if (vErrors === null) {
                        vErrors = [err328];
                      } else {
                        vErrors.push(err328);
                      }
                      errors++;
                    }
                    for (const key23 in data137) {
                      if (!(key23 === "id" || key23 === "percent" || key23 === "cohort" || key23 === "do" || key23 === "command" || key23 === "hold" || key23 === "pause")) {
                        const err329 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21, schemaPath: "#/properties/phases/items/properties/stages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.stages.items, data: data137 };
                        if (vErrors === null) {
                          vErrors = [err329];
                        } else {
                          vErrors.push(err329);
                        }
                        errors++;
                      }
                    }
                    if (data137.id !== void 0) {
                      let data138 = data137.id;
                      if (typeof data138 === "string") {
                        if (func3(data138) > 64) {
                          const err330 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/id", schemaPath: "#/properties/phases/items/properties/stages/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.id, data: data138 };
                          if (vErrors === null) {
                            vErrors = [err330];
                          } else {
                            vErrors.push(err330);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data138)) {
                          const err331 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/id", schemaPath: "#/properties/phases/items/properties/stages/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.phases.items.properties.stages.items.properties.id, data: data138 };
                          if (vErrors === null) {
                            vErrors = [err331];
                          } else {
                            vErrors.push(err331);
                          }
                          errors++;
                        }
                      } else {
                        const err332 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/id", schemaPath: "#/properties/phases/items/properties/stages/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.stages.items.properties.id.type, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.id, data: data138 };
                        if (vErrors === null) {
                          vErrors = [err332];
                        } else {
                          vErrors.push(err332);
                        }
                        errors++;
                      }
                    }
                    if (data137.percent !== void 0) {
                      let data139 = data137.percent;
                      if (typeof data139 == "number" && isFinite(data139)) {
                        if (data139 > 100 || isNaN(data139)) {
                          const err333 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/percent", schemaPath: "#/properties/phases/items/properties/stages/items/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.percent, data: data139 };
                          if (vErrors === null) {
                            vErrors = [err333];
                          } else {
                            vErrors.push(err333);
                          }
                          errors++;
                        }
                        if (data139 < 0 || isNaN(data139)) {
                          const err334 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/percent", schemaPath: "#/properties/phases/items/properties/stages/items/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.percent, data: data139 };
                          if (vErrors === null) {
                            vErrors = [err334];
                          } else {
                            vErrors.push(err334);
                          }
                          errors++;
                        }
                      } else {
                        const err335 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/percent", schemaPath: "#/properties/phases/items/properties/stages/items/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.phases.items.properties.stages.items.properties.percent.type, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.percent, data: data139 };
                        if (vErrors === null) {
                          vErrors = [err335];
                        } else {
                          vErrors.push(err335);
                        }
                        errors++;
                      }
                    }
                    if (data137.cohort !== void 0) {
                      let data140 = data137.cohort;
                      if (typeof data140 === "string") {
                        if (func3(data140) < 1) {
                          const err336 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/cohort", schemaPath: "#/properties/phases/items/properties/stages/items/properties/cohort/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.cohort, data: data140 };
                          if (vErrors === null) {
                            vErrors = [err336];
                          } else {
                            vErrors.push(err336);
                          }
                          errors++;
                        }
                      } else {
                        const err337 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/cohort", schemaPath: "#/properties/phases/items/properties/stages/items/properties/cohort/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.stages.items.properties.cohort.type, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.cohort, data: data140 };
                        if (vErrors === null) {
                          vErrors = [err337];
                        } else {
                          vErrors.push(err337);
                        }
                        errors++;
                      }
                    }
                    if (data137.do !== void 0) {
                      let data141 = data137.do;
                      if (typeof data141 === "string") {
                        if (func3(data141) < 1) {
                          const err338 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/do", schemaPath: "#/properties/phases/items/properties/stages/items/properties/do/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.do, data: data141 };
                          if (vErrors === null) {
                            vErrors = [err338];
                          } else {
                            vErrors.push(err338);
                          }
                          errors++;
                        }
                      } else {
                        const err339 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/do", schemaPath: "#/properties/phases/items/properties/stages/items/properties/do/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.stages.items.properties.do.type, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.do, data: data141 };
                        if (vErrors === null) {
                          vErrors = [err339];
                        } else {
                          vErrors.push(err339);
                        }
                        errors++;
                      }
                    }
                    if (data137.command !== void 0) {
                      let data142 = data137.command;
                      if (typeof data142 === "string") {
                        if (func3(data142) < 1) {
                          const err340 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/command", schemaPath: "#/properties/phases/items/properties/stages/items/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.command, data: data142 };
                          if (vErrors === null) {
                            vErrors = [err340];
                          } else {
                            vErrors.push(err340);
                          }
                          errors++;
                        }
                      } else {
                        const err341 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/command", schemaPath: "#/properties/phases/items/properties/stages/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.stages.items.properties.command.type, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.command, data: data142 };
                        if (vErrors === null) {
                          vErrors = [err341];
                        } else {
                          vErrors.push(err341);
                        }
                        errors++;
                      }
                    }
                    if (data137.hold !== void 0) {
                      let data143 = data137.hold;
                      if (typeof data143 === "string") {
                        if (!pattern6.test(data143)) {
                          const err342 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/hold", schemaPath: "#/properties/phases/items/properties/stages/items/properties/hold/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.phases.items.properties.stages.items.properties.hold, data: data143 };
                          if (vErrors === null) {
                            vErrors = [err342];
                          } else {
                            vErrors.push(err342);
                          }
                          errors++;
                        }
                      } else {
                        const err343 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/hold", schemaPath: "#/properties/phases/items/properties/stages/items/properties/hold/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.stages.items.properties.hold.type, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.hold, data: data143 };
                        if (vErrors === null) {
                          vErrors = [err343];
                        } else {
                          vErrors.push(err343);
                        }
                        errors++;
                      }
                    }
                    if (data137.pause !== void 0) {
                      let data144 = data137.pause;
                      if (typeof data144 === "string") {
                        if (func3(data144) < 1) {
                          const err344 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/pause", schemaPath: "#/properties/phases/items/properties/stages/items/properties/pause/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.pause, data: data144 };
                          if (vErrors === null) {
                            vErrors = [err344];
                          } else {
                            vErrors.push(err344);
                          }
                          errors++;
                        }
                      } else {
                        const err345 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21 + "/pause", schemaPath: "#/properties/phases/items/properties/stages/items/properties/pause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.stages.items.properties.pause.type, parentSchema: schema11.properties.phases.items.properties.stages.items.properties.pause, data: data144 };
                        if (vErrors === null) {
                          vErrors = [err345];
                        } else {
                          vErrors.push(err345);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err346 = { instancePath: instancePath + "/phases/" + i16 + "/stages/" + i21, schemaPath: "#/properties/phases/items/properties/stages/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.stages.items.type, parentSchema: schema11.properties.phases.items.properties.stages.items, data: data137 };
                    if (vErrors === null) {
                      vErrors = [err346];
                    } else {
                      vErrors.push(err346);
                    }
                    errors++;
                  }
                }
              } else {
                const err347 = { instancePath: instancePath + "/phases/" + i16 + "/stages", schemaPath: "#/properties/phases/items/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.stages.type, parentSchema: schema11.properties.phases.items.properties.stages, data: data136 };
                if (vErrors === null) {
                  vErrors = [err347];
                } else {
                  vErrors.push(err347);
                }
                errors++;
              }
            }
            if (data101.bake !== void 0) {
              let data145 = data101.bake;
              if (typeof data145 === "string") {
                if (!pattern6.test(data145)) {
                  const err348 = { instancePath: instancePath + "/phases/" + i16 + "/bake", schemaPath: "#/properties/phases/items/properties/bake/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.phases.items.properties.bake, data: data145 };
                  if (vErrors === null) {
                    vErrors = [err348];
                  } else {
                    vErrors.push(err348);
                  }
                  errors++;
                }
              } else {
                const err349 = { instancePath: instancePath + "/phases/" + i16 + "/bake", schemaPath: "#/properties/phases/items/properties/bake/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.bake.type, parentSchema: schema11.properties.phases.items.properties.bake, data: data145 };
                if (vErrors === null) {
                  vErrors = [err349];
                } else {
                  vErrors.push(err349);
                }
                errors++;
              }
            }
            if (data101.minWait !== void 0) {
              let data146 = data101.minWait;
              if (typeof data146 === "string") {
                if (!pattern6.test(data146)) {
                  const err350 = { instancePath: instancePath + "/phases/" + i16 + "/minWait", schemaPath: "#/properties/phases/items/properties/minWait/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.phases.items.properties.minWait, data: data146 };
                  if (vErrors === null) {
                    vErrors = [err350];
                  } else {
                    vErrors.push(err350);
                  }
                  errors++;
                }
              } else {
                const err351 = { instancePath: instancePath + "/phases/" + i16 + "/minWait", schemaPath: "#/properties/phases/items/properties/minWait/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.minWait.type, parentSchema: schema11.properties.phases.items.properties.minWait, data: data146 };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors++;
              }
            }
            if (data101.gates !== void 0) {
              let data147 = data101.gates;
              if (Array.isArray(data147)) {
                const len22 = data147.length;
                for (let i22 = 0; i22 < len22; i22++) {
                  let data148 = data147[i22];
                  if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                    for (const key24 in data148) {
                      if (!func2.call(schema11.properties.phases.items.properties.gates.items.properties, key24)) {
                        const err352 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22, schemaPath: "#/properties/phases/items/properties/gates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.gates.items, data: data148 };
                        if (vErrors === null) {
                          vErrors = [err352];
                        } else {
                          vErrors.push(err352);
                        }
                        errors++;
                      }
                    }
                    if (data148.metric !== void 0) {
                      let data149 = data148.metric;
                      if (typeof data149 !== "string") {
                        const err353 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/metric", schemaPath: "#/properties/phases/items/properties/gates/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.metric.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.metric, data: data149 };
                        if (vErrors === null) {
                          vErrors = [err353];
                        } else {
                          vErrors.push(err353);
                        }
                        errors++;
                      }
                    }
                    if (data148.compare !== void 0) {
                      let data150 = data148.compare;
                      if (typeof data150 !== "string") {
                        const err354 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/compare", schemaPath: "#/properties/phases/items/properties/gates/items/properties/compare/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.compare.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.compare, data: data150 };
                        if (vErrors === null) {
                          vErrors = [err354];
                        } else {
                          vErrors.push(err354);
                        }
                        errors++;
                      }
                      if (!(data150 === "absolute" || data150 === "baseline" || data150 === "week-over-week")) {
                        const err355 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/compare", schemaPath: "#/properties/phases/items/properties/gates/items/properties/compare/enum", keyword: "enum", params: { allowedValues: schema11.properties.phases.items.properties.gates.items.properties.compare.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.phases.items.properties.gates.items.properties.compare.enum, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.compare, data: data150 };
                        if (vErrors === null) {
                          vErrors = [err355];
                        } else {
                          vErrors.push(err355);
                        }
                        errors++;
                      }
                    }
                    if (data148.max !== void 0) {
                      let data151 = data148.max;
                      if (!(typeof data151 == "number" && isFinite(data151))) {
                        const err356 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/max", schemaPath: "#/properties/phases/items/properties/gates/items/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.phases.items.properties.gates.items.properties.max.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.max, data: data151 };
                        if (vErrors === null) {
                          vErrors = [err356];
                        } else {
                          vErrors.push(err356);
                        }
                        errors++;
                      }
                    }
                    if (data148.min !== void 0) {
                      let data152 = data148.min;
                      if (!(typeof data152 == "number" && isFinite(data152))) {
                        const err357 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/min", schemaPath: "#/properties/phases/items/properties/gates/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.phases.items.properties.gates.items.properties.min.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.min, data: data152 };
                        if (vErrors === null) {
                          vErrors = [err357];
                        } else {
                          vErrors.push(err357);
                        }
                        errors++;
                      }
                    }
                    if (data148.baseline !== void 0) {
                      let data153 = data148.baseline;
                      if (typeof data153 === "string") {
                        if (func3(data153) < 1) {
                          const err358 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/baseline", schemaPath: "#/properties/phases/items/properties/gates/items/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.baseline, data: data153 };
                          if (vErrors === null) {
                            vErrors = [err358];
                          } else {
                            vErrors.push(err358);
                          }
                          errors++;
                        }
                      } else {
                        const err359 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/baseline", schemaPath: "#/properties/phases/items/properties/gates/items/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.baseline.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.baseline, data: data153 };
                        if (vErrors === null) {
                          vErrors = [err359];
                        } else {
                          vErrors.push(err359);
                        }
                        errors++;
                      }
                    }
                    if (data148.maxRegression !== void 0) {
                      let data154 = data148.maxRegression;
                      if (typeof data154 === "string") {
                        if (!pattern31.test(data154)) {
                          const err360 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/maxRegression", schemaPath: "#/properties/phases/items/properties/gates/items/properties/maxRegression/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"', schema: "^[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.phases.items.properties.gates.items.properties.maxRegression, data: data154 };
                          if (vErrors === null) {
                            vErrors = [err360];
                          } else {
                            vErrors.push(err360);
                          }
                          errors++;
                        }
                      } else {
                        const err361 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/maxRegression", schemaPath: "#/properties/phases/items/properties/gates/items/properties/maxRegression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.maxRegression.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.maxRegression, data: data154 };
                        if (vErrors === null) {
                          vErrors = [err361];
                        } else {
                          vErrors.push(err361);
                        }
                        errors++;
                      }
                    }
                    if (data148.rollbackAt !== void 0) {
                      let data155 = data148.rollbackAt;
                      if (!(typeof data155 == "number" && isFinite(data155))) {
                        const err362 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/rollbackAt", schemaPath: "#/properties/phases/items/properties/gates/items/properties/rollbackAt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.phases.items.properties.gates.items.properties.rollbackAt.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.rollbackAt, data: data155 };
                        if (vErrors === null) {
                          vErrors = [err362];
                        } else {
                          vErrors.push(err362);
                        }
                        errors++;
                      }
                    }
                    if (data148.window !== void 0) {
                      let data156 = data148.window;
                      if (typeof data156 === "string") {
                        if (!pattern6.test(data156)) {
                          const err363 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/window", schemaPath: "#/properties/phases/items/properties/gates/items/properties/window/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.phases.items.properties.gates.items.properties.window, data: data156 };
                          if (vErrors === null) {
                            vErrors = [err363];
                          } else {
                            vErrors.push(err363);
                          }
                          errors++;
                        }
                      } else {
                        const err364 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/window", schemaPath: "#/properties/phases/items/properties/gates/items/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.window.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.window, data: data156 };
                        if (vErrors === null) {
                          vErrors = [err364];
                        } else {
                          vErrors.push(err364);
                        }
                        errors++;
                      }
                    }
                    if (data148.query !== void 0) {
                      let data157 = data148.query;
                      if (typeof data157 === "string") {
                        if (func3(data157) < 1) {
                          const err365 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/query", schemaPath: "#/properties/phases/items/properties/gates/items/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.query, data: data157 };
                          if (vErrors === null) {
                            vErrors = [err365];
                          } else {
                            vErrors.push(err365);
                          }
                          errors++;
                        }
                      } else {
                        const err366 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/query", schemaPath: "#/properties/phases/items/properties/gates/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.query.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.query, data: data157 };
                        if (vErrors === null) {
                          vErrors = [err366];
                        } else {
                          vErrors.push(err366);
                        }
                        errors++;
                      }
                    }
                    if (data148.maxAge !== void 0) {
                      let data158 = data148.maxAge;
                      if (typeof data158 === "string") {
                        if (!pattern6.test(data158)) {
                          const err367 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/maxAge", schemaPath: "#/properties/phases/items/properties/gates/items/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.phases.items.properties.gates.items.properties.maxAge, data: data158 };
                          if (vErrors === null) {
                            vErrors = [err367];
                          } else {
                            vErrors.push(err367);
                          }
                          errors++;
                        }
                      } else {
                        const err368 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/maxAge", schemaPath: "#/properties/phases/items/properties/gates/items/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.maxAge.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.maxAge, data: data158 };
                        if (vErrors === null) {
                          vErrors = [err368];
                        } else {
                          vErrors.push(err368);
                        }
                        errors++;
                      }
                    }
                    if (data148.analysis !== void 0) {
                      let data159 = data148.analysis;
                      if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                        for (const key25 in data159) {
                          if (!(key25 === "interval" || key25 === "failureLimit" || key25 === "inconclusiveLimit")) {
                            const err369 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis, data: data159 };
                            if (vErrors === null) {
                              vErrors = [err369];
                            } else {
                              vErrors.push(err369);
                            }
                            errors++;
                          }
                        }
                        if (data159.interval !== void 0) {
                          let data160 = data159.interval;
                          if (typeof data160 === "string") {
                            if (!pattern6.test(data160)) {
                              const err370 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/interval", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.interval, data: data160 };
                              if (vErrors === null) {
                                vErrors = [err370];
                              } else {
                                vErrors.push(err370);
                              }
                              errors++;
                            }
                          } else {
                            const err371 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/interval", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.interval.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.interval, data: data160 };
                            if (vErrors === null) {
                              vErrors = [err371];
                            } else {
                              vErrors.push(err371);
                            }
                            errors++;
                          }
                        }
                        if (data159.failureLimit !== void 0) {
                          let data161 = data159.failureLimit;
                          if (!(typeof data161 == "number" && (!(data161 % 1) && !isNaN(data161)) && isFinite(data161))) {
                            const err372 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/failureLimit", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/failureLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.failureLimit.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.failureLimit, data: data161 };
                            if (vErrors === null) {
                              vErrors = [err372];
                            } else {
                              vErrors.push(err372);
                            }
                            errors++;
                          }
                          if (typeof data161 == "number" && isFinite(data161)) {
                            if (data161 > 100 || isNaN(data161)) {
                              const err373 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/failureLimit", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/failureLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.failureLimit, data: data161 };
                              if (vErrors === null) {
                                vErrors = [err373];
                              } else {
                                vErrors.push(err373);
                              }
                              errors++;
                            }
                            if (data161 < 1 || isNaN(data161)) {
                              const err374 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/failureLimit", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/failureLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.failureLimit, data: data161 };
                              if (vErrors === null) {
                                vErrors = [err374];
                              } else {
                                vErrors.push(err374);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data159.inconclusiveLimit !== void 0) {
                          let data162 = data159.inconclusiveLimit;
                          if (!(typeof data162 == "number" && (!(data162 % 1) && !isNaN(data162)) && isFinite(data162))) {
                            const err375 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/inconclusiveLimit", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/inconclusiveLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.inconclusiveLimit.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.inconclusiveLimit, data: data162 };
                            if (vErrors === null) {
                              vErrors = [err375];
                            } else {
                              vErrors.push(err375);
                            }
                            errors++;
                          }
                          if (typeof data162 == "number" && isFinite(data162)) {
                            if (data162 > 100 || isNaN(data162)) {
                              const err376 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/inconclusiveLimit", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/inconclusiveLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.inconclusiveLimit, data: data162 };
                              if (vErrors === null) {
                                vErrors = [err376];
                              } else {
                                vErrors.push(err376);
                              }
                              errors++;
                            }
                            if (data162 < 1 || isNaN(data162)) {
                              const err377 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis/inconclusiveLimit", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/properties/inconclusiveLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis.properties.inconclusiveLimit, data: data162 };
                              if (vErrors === null) {
                                vErrors = [err377];
                              } else {
                                vErrors.push(err377);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err378 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/analysis", schemaPath: "#/properties/phases/items/properties/gates/items/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.gates.items.properties.analysis.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.analysis, data: data159 };
                        if (vErrors === null) {
                          vErrors = [err378];
                        } else {
                          vErrors.push(err378);
                        }
                        errors++;
                      }
                    }
                    if (data148.check !== void 0) {
                      let data163 = data148.check;
                      if (typeof data163 === "string") {
                        if (func3(data163) < 1) {
                          const err379 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/check", schemaPath: "#/properties/phases/items/properties/gates/items/properties/check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.check, data: data163 };
                          if (vErrors === null) {
                            vErrors = [err379];
                          } else {
                            vErrors.push(err379);
                          }
                          errors++;
                        }
                      } else {
                        const err380 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/check", schemaPath: "#/properties/phases/items/properties/gates/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.check.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.check, data: data163 };
                        if (vErrors === null) {
                          vErrors = [err380];
                        } else {
                          vErrors.push(err380);
                        }
                        errors++;
                      }
                    }
                    if (data148.signoff !== void 0) {
                      let data164 = data148.signoff;
                      if (Array.isArray(data164)) {
                        if (data164.length < 1) {
                          const err381 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/signoff", schemaPath: "#/properties/phases/items/properties/gates/items/properties/signoff/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.signoff, data: data164 };
                          if (vErrors === null) {
                            vErrors = [err381];
                          } else {
                            vErrors.push(err381);
                          }
                          errors++;
                        }
                        const len23 = data164.length;
                        for (let i23 = 0; i23 < len23; i23++) {
                          let data165 = data164[i23];
                          if (typeof data165 === "string") {
                            if (!pattern1.test(data165)) {
                              const err382 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/signoff/" + i23, schemaPath: "#/properties/phases/items/properties/gates/items/properties/signoff/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.phases.items.properties.gates.items.properties.signoff.items, data: data165 };
                              if (vErrors === null) {
                                vErrors = [err382];
                              } else {
                                vErrors.push(err382);
                              }
                              errors++;
                            }
                          } else {
                            const err383 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/signoff/" + i23, schemaPath: "#/properties/phases/items/properties/gates/items/properties/signoff/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.signoff.items.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.signoff.items, data: data165 };
                            if (vErrors === null) {
                              vErrors = [err383];
                            } else {
                              vErrors.push(err383);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err384 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/signoff", schemaPath: "#/properties/phases/items/properties/gates/items/properties/signoff/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.gates.items.properties.signoff.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.signoff, data: data164 };
                        if (vErrors === null) {
                          vErrors = [err384];
                        } else {
                          vErrors.push(err384);
                        }
                        errors++;
                      }
                    }
                    if (data148.count !== void 0) {
                      let data166 = data148.count;
                      if (!(typeof data166 == "number" && (!(data166 % 1) && !isNaN(data166)) && isFinite(data166))) {
                        const err385 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/count", schemaPath: "#/properties/phases/items/properties/gates/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.phases.items.properties.gates.items.properties.count.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.count, data: data166 };
                        if (vErrors === null) {
                          vErrors = [err385];
                        } else {
                          vErrors.push(err385);
                        }
                        errors++;
                      }
                      if (typeof data166 == "number" && isFinite(data166)) {
                        if (data166 < 1 || isNaN(data166)) {
                          const err386 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/count", schemaPath: "#/properties/phases/items/properties/gates/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.count, data: data166 };
                          if (vErrors === null) {
                            vErrors = [err386];
                          } else {
                            vErrors.push(err386);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data148.allowAuthor !== void 0) {
                      let data167 = data148.allowAuthor;
                      if (typeof data167 !== "boolean") {
                        const err387 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/allowAuthor", schemaPath: "#/properties/phases/items/properties/gates/items/properties/allowAuthor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.phases.items.properties.gates.items.properties.allowAuthor.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.allowAuthor, data: data167 };
                        if (vErrors === null) {
                          vErrors = [err387];
                        } else {
                          vErrors.push(err387);
                        }
                        errors++;
                      }
                    }
                    if (data148.manual !== void 0) {
                      let data168 = data148.manual;
                      if (typeof data168 === "string") {
                        if (func3(data168) < 1) {
                          const err388 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/manual", schemaPath: "#/properties/phases/items/properties/gates/items/properties/manual/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.manual, data: data168 };
                          if (vErrors === null) {
                            vErrors = [err388];
                          } else {
                            vErrors.push(err388);
                          }
                          errors++;
                        }
                      } else {
                        const err389 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/manual", schemaPath: "#/properties/phases/items/properties/gates/items/properties/manual/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.manual.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.manual, data: data168 };
                        if (vErrors === null) {
                          vErrors = [err389];
                        } else {
                          vErrors.push(err389);
                        }
                        errors++;
                      }
                    }
                    if (data148.id !== void 0) {
                      let data169 = data148.id;
                      if (typeof data169 === "string") {
                        if (func3(data169) > 64) {
                          const err390 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/id", schemaPath: "#/properties/phases/items/properties/gates/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.id, data: data169 };
                          if (vErrors === null) {
                            vErrors = [err390];
                          } else {
                            vErrors.push(err390);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data169)) {
                          const err391 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/id", schemaPath: "#/properties/phases/items/properties/gates/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.phases.items.properties.gates.items.properties.id, data: data169 };
                          if (vErrors === null) {
                            vErrors = [err391];
                          } else {
                            vErrors.push(err391);
                          }
                          errors++;
                        }
                      } else {
                        const err392 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22 + "/id", schemaPath: "#/properties/phases/items/properties/gates/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.gates.items.properties.id.type, parentSchema: schema11.properties.phases.items.properties.gates.items.properties.id, data: data169 };
                        if (vErrors === null) {
                          vErrors = [err392];
                        } else {
                          vErrors.push(err392);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err393 = { instancePath: instancePath + "/phases/" + i16 + "/gates/" + i22, schemaPath: "#/properties/phases/items/properties/gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.gates.items.type, parentSchema: schema11.properties.phases.items.properties.gates.items, data: data148 };
                    if (vErrors === null) {
                      vErrors = [err393];
                    } else {
                      vErrors.push(err393);
                    }
                    errors++;
                  }
                }
              } else {
                const err394 = { instancePath: instancePath + "/phases/" + i16 + "/gates", schemaPath: "#/properties/phases/items/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.gates.type, parentSchema: schema11.properties.phases.items.properties.gates, data: data147 };
                if (vErrors === null) {
                  vErrors = [err394];
                } else {
                  vErrors.push(err394);
                }
                errors++;
              }
            }
            if (data101.rehearsal !== void 0) {
              let data170 = data101.rehearsal;
              if (typeof data170 === "string") {
                if (func3(data170) < 1) {
                  const err395 = { instancePath: instancePath + "/phases/" + i16 + "/rehearsal", schemaPath: "#/properties/phases/items/properties/rehearsal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.rehearsal, data: data170 };
                  if (vErrors === null) {
                    vErrors = [err395];
                  } else {
                    vErrors.push(err395);
                  }
                  errors++;
                }
              } else {
                const err396 = { instancePath: instancePath + "/phases/" + i16 + "/rehearsal", schemaPath: "#/properties/phases/items/properties/rehearsal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.rehearsal.type, parentSchema: schema11.properties.phases.items.properties.rehearsal, data: data170 };
                if (vErrors === null) {
                  vErrors = [err396];
                } else {
                  vErrors.push(err396);
                }
                errors++;
              }
            }
            if (data101.checklist !== void 0) {
              let data171 = data101.checklist;
              if (Array.isArray(data171)) {
                const len24 = data171.length;
                for (let i24 = 0; i24 < len24; i24++) {
                  let data172 = data171[i24];
                  const _errs386 = errors;
                  let valid80 = false;
                  const _errs387 = errors;
                  if (typeof data172 === "string") {
                    if (func3(data172) < 1) {
                      const err397 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24, schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[0], data: data172 };
                      if (vErrors === null) {
                        vErrors = [err397];
                      } else {
                        vErrors.push(err397);
                      }
                      errors++;
                    }
                  } else {
                    const err398 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24, schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.checklist.items.anyOf[0].type, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[0], data: data172 };
                    if (vErrors === null) {
                      vErrors = [err398];
                    } else {
                      vErrors.push(err398);
                    }
                    errors++;
                  }
                  var _valid4 = _errs387 === errors;
                  valid80 = valid80 || _valid4;
                  if (!valid80) {
                    const _errs389 = errors;
                    if (data172 && typeof data172 == "object" && !Array.isArray(data172)) {
                      if (data172.id === void 0) {
                        const err399 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24, schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].required, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1], data: data172 };
                        if (vErrors === null) {
                          vErrors = [err399];
                        } else {
                          vErrors.push(err399);
                        }
                        errors++;
                      }
                      if (data172.text === void 0) {
                        const err400 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24, schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].required, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1], data: data172 };
                        if (vErrors === null) {
                          vErrors = [err400];
                        } else {
                          vErrors.push(err400);
                        }
                        errors++;
                      }
                      for (const key26 in data172) {
                        if (!(key26 === "id" || key26 === "text")) {
                          const err401 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24, schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1], data: data172 };
                          if (vErrors === null) {
                            vErrors = [err401];
                          } else {
                            vErrors.push(err401);
                          }
                          errors++;
                        }
                      }
                      if (data172.id !== void 0) {
                        let data173 = data172.id;
                        if (typeof data173 === "string") {
                          if (func3(data173) > 64) {
                            const err402 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24 + "/id", schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].properties.id, data: data173 };
                            if (vErrors === null) {
                              vErrors = [err402];
                            } else {
                              vErrors.push(err402);
                            }
                            errors++;
                          }
                          if (!pattern0.test(data173)) {
                            const err403 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24 + "/id", schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].properties.id, data: data173 };
                            if (vErrors === null) {
                              vErrors = [err403];
                            } else {
                              vErrors.push(err403);
                            }
                            errors++;
                          }
                        } else {
                          const err404 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24 + "/id", schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].properties.id.type, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].properties.id, data: data173 };
                          if (vErrors === null) {
                            vErrors = [err404];
                          } else {
                            vErrors.push(err404);
                          }
                          errors++;
                        }
                      }
                      if (data172.text !== void 0) {
                        let data174 = data172.text;
                        if (typeof data174 === "string") {
                          if (func3(data174) < 1) {
                            const err405 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24 + "/text", schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].properties.text, data: data174 };
                            if (vErrors === null) {
                              vErrors = [err405];
                            } else {
                              vErrors.push(err405);
                            }
                            errors++;
                          }
                        } else {
                          const err406 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24 + "/text", schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].properties.text.type, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].properties.text, data: data174 };
                          if (vErrors === null) {
                            vErrors = [err406];
                          } else {
                            vErrors.push(err406);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err407 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24, schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.checklist.items.anyOf[1].type, parentSchema: schema11.properties.phases.items.properties.checklist.items.anyOf[1], data: data172 };
                      if (vErrors === null) {
                        vErrors = [err407];
                      } else {
                        vErrors.push(err407);
                      }
                      errors++;
                    }
                    var _valid4 = _errs389 === errors;
                    valid80 = valid80 || _valid4;
                  }
                  if (!valid80) {
                    const err408 = { instancePath: instancePath + "/phases/" + i16 + "/checklist/" + i24, schemaPath: "#/properties/phases/items/properties/checklist/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.phases.items.properties.checklist.items.anyOf, parentSchema: schema11.properties.phases.items.properties.checklist.items, data: data172 };
                    if (vErrors === null) {
                      vErrors = [err408];
                    } else {
                      vErrors.push(err408);
                    }
                    errors++;
                  } else {
                    errors = _errs386;
                    if (vErrors !== null) {
                      if (_errs386) {
                        vErrors.length = _errs386;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err409 = { instancePath: instancePath + "/phases/" + i16 + "/checklist", schemaPath: "#/properties/phases/items/properties/checklist/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.checklist.type, parentSchema: schema11.properties.phases.items.properties.checklist, data: data171 };
                if (vErrors === null) {
                  vErrors = [err409];
                } else {
                  vErrors.push(err409);
                }
                errors++;
              }
            }
            if (data101.exit !== void 0) {
              let data175 = data101.exit;
              if (Array.isArray(data175)) {
                const len25 = data175.length;
                for (let i25 = 0; i25 < len25; i25++) {
                  let data176 = data175[i25];
                  if (typeof data176 === "string") {
                    if (func3(data176) < 1) {
                      const err410 = { instancePath: instancePath + "/phases/" + i16 + "/exit/" + i25, schemaPath: "#/properties/phases/items/properties/exit/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.exit.items, data: data176 };
                      if (vErrors === null) {
                        vErrors = [err410];
                      } else {
                        vErrors.push(err410);
                      }
                      errors++;
                    }
                  } else {
                    const err411 = { instancePath: instancePath + "/phases/" + i16 + "/exit/" + i25, schemaPath: "#/properties/phases/items/properties/exit/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.exit.items.type, parentSchema: schema11.properties.phases.items.properties.exit.items, data: data176 };
                    if (vErrors === null) {
                      vErrors = [err411];
                    } else {
                      vErrors.push(err411);
                    }
                    errors++;
                  }
                }
              } else {
                const err412 = { instancePath: instancePath + "/phases/" + i16 + "/exit", schemaPath: "#/properties/phases/items/properties/exit/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.exit.type, parentSchema: schema11.properties.phases.items.properties.exit, data: data175 };
                if (vErrors === null) {
                  vErrors = [err412];
                } else {
                  vErrors.push(err412);
                }
                errors++;
              }
            }
            if (data101.paths !== void 0) {
              let data177 = data101.paths;
              if (Array.isArray(data177)) {
                const len26 = data177.length;
                for (let i26 = 0; i26 < len26; i26++) {
                  let data178 = data177[i26];
                  if (typeof data178 === "string") {
                    if (func3(data178) < 1) {
                      const err413 = { instancePath: instancePath + "/phases/" + i16 + "/paths/" + i26, schemaPath: "#/properties/phases/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.paths.items, data: data178 };
                      if (vErrors === null) {
                        vErrors = [err413];
                      } else {
                        vErrors.push(err413);
                      }
                      errors++;
                    }
                  } else {
                    const err414 = { instancePath: instancePath + "/phases/" + i16 + "/paths/" + i26, schemaPath: "#/properties/phases/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.paths.items.type, parentSchema: schema11.properties.phases.items.properties.paths.items, data: data178 };
                    if (vErrors === null) {
                      vErrors = [err414];
                    } else {
                      vErrors.push(err414);
                    }
                    errors++;
                  }
                }
              } else {
                const err415 = { instancePath: instancePath + "/phases/" + i16 + "/paths", schemaPath: "#/properties/phases/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.paths.type, parentSchema: schema11.properties.phases.items.properties.paths, data: data177 };
                if (vErrors === null) {
                  vErrors = [err415];
                } else {
                  vErrors.push(err415);
                }
                errors++;
              }
            }
            if (data101.variables !== void 0) {
              let data179 = data101.variables;
              if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
                for (const key27 in data179) {
                  if (pattern14.test(key27)) {
                    let data180 = data179[key27];
                    if (typeof data180 === "string") {
                      if (func3(data180) > 64) {
                        const err416 = { instancePath: instancePath + "/phases/" + i16 + "/variables/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phases/items/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.phases.items.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"], data: data180 };
                        if (vErrors === null) {
                          vErrors = [err416];
                        } else {
                          vErrors.push(err416);
                        }
                        errors++;
                      }
                      if (!pattern19.test(data180)) {
                        const err417 = { instancePath: instancePath + "/phases/" + i16 + "/variables/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phases/items/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema11.properties.phases.items.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"], data: data180 };
                        if (vErrors === null) {
                          vErrors = [err417];
                        } else {
                          vErrors.push(err417);
                        }
                        errors++;
                      }
                    } else {
                      const err418 = { instancePath: instancePath + "/phases/" + i16 + "/variables/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phases/items/properties/variables/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_%5D*%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"].type, parentSchema: schema11.properties.phases.items.properties.variables.patternProperties["^[a-z][a-z0-9_]*$"], data: data180 };
                      if (vErrors === null) {
                        vErrors = [err418];
                      } else {
                        vErrors.push(err418);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err419 = { instancePath: instancePath + "/phases/" + i16 + "/variables", schemaPath: "#/properties/phases/items/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.variables.type, parentSchema: schema11.properties.phases.items.properties.variables, data: data179 };
                if (vErrors === null) {
                  vErrors = [err419];
                } else {
                  vErrors.push(err419);
                }
                errors++;
              }
            }
            if (data101.dependsOn !== void 0) {
              let data181 = data101.dependsOn;
              if (Array.isArray(data181)) {
                if (data181.length < 1) {
                  const err420 = { instancePath: instancePath + "/phases/" + i16 + "/dependsOn", schemaPath: "#/properties/phases/items/properties/dependsOn/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.phases.items.properties.dependsOn, data: data181 };
                  if (vErrors === null) {
                    vErrors = [err420];
                  } else {
                    vErrors.push(err420);
                  }
                  errors++;
                }
                const len27 = data181.length;
                for (let i27 = 0; i27 < len27; i27++) {
                  let data182 = data181[i27];
                  if (typeof data182 === "string") {
                    if (!pattern48.test(data182)) {
                      const err421 = { instancePath: instancePath + "/phases/" + i16 + "/dependsOn/" + i27, schemaPath: "#/properties/phases/items/properties/dependsOn/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.phases.items.properties.dependsOn.items, data: data182 };
                      if (vErrors === null) {
                        vErrors = [err421];
                      } else {
                        vErrors.push(err421);
                      }
                      errors++;
                    }
                  } else {
                    const err422 = { instancePath: instancePath + "/phases/" + i16 + "/dependsOn/" + i27, schemaPath: "#/properties/phases/items/properties/dependsOn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.dependsOn.items.type, parentSchema: schema11.properties.phases.items.properties.dependsOn.items, data: data182 };
                    if (vErrors === null) {
                      vErrors = [err422];
                    } else {
                      vErrors.push(err422);
                    }
                    errors++;
                  }
                }
              } else {
                const err423 = { instancePath: instancePath + "/phases/" + i16 + "/dependsOn", schemaPath: "#/properties/phases/items/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.items.properties.dependsOn.type, parentSchema: schema11.properties.phases.items.properties.dependsOn, data: data181 };
                if (vErrors === null) {
                  vErrors = [err423];
                } else {
                  vErrors.push(err423);
                }
                errors++;
              }
            }
            if (data101.irreversible !== void 0) {
              let data183 = data101.irreversible;
              const _errs413 = errors;
              let valid89 = false;
              const _errs414 = errors;
              if (typeof data183 !== "boolean") {
                const err424 = { instancePath: instancePath + "/phases/" + i16 + "/irreversible", schemaPath: "#/properties/phases/items/properties/irreversible/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.phases.items.properties.irreversible.anyOf[0].type, parentSchema: schema11.properties.phases.items.properties.irreversible.anyOf[0], data: data183 };
                if (vErrors === null) {
                  vErrors = [err424];
                } else {
                  vErrors.push(err424);
                }
                errors++;
              }
              var _valid5 = _errs414 === errors;
              valid89 = valid89 || _valid5;
              if (!valid89) {
                const _errs416 = errors;
                if (typeof data183 === "string") {
                  if (func3(data183) < 1) {
                    const err425 = { instancePath: instancePath + "/phases/" + i16 + "/irreversible", schemaPath: "#/properties/phases/items/properties/irreversible/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.irreversible.anyOf[1], data: data183 };
                    if (vErrors === null) {
                      vErrors = [err425];
                    } else {
                      vErrors.push(err425);
                    }
                    errors++;
                  }
                } else {
                  const err426 = { instancePath: instancePath + "/phases/" + i16 + "/irreversible", schemaPath: "#/properties/phases/items/properties/irreversible/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.irreversible.anyOf[1].type, parentSchema: schema11.properties.phases.items.properties.irreversible.anyOf[1], data: data183 };
                  if (vErrors === null) {
                    vErrors = [err426];
                  } else {
                    vErrors.push(err426);
                  }
                  errors++;
                }
                var _valid5 = _errs416 === errors;
                valid89 = valid89 || _valid5;
              }
              if (!valid89) {
                const err427 = { instancePath: instancePath + "/phases/" + i16 + "/irreversible", schemaPath: "#/properties/phases/items/properties/irreversible/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.phases.items.properties.irreversible.anyOf, parentSchema: schema11.properties.phases.items.properties.irreversible, data: data183 };
                if (vErrors === null) {
                  vErrors = [err427];
                } else {
                  vErrors.push(err427);
                }
                errors++;
              } else {
                errors = _errs413;
                if (vErrors !== null) {
                  if (_errs413) {
                    vErrors.length = _errs413;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data101.rollForward !== void 0) {
              let data184 = data101.rollForward;
              const _errs419 = errors;
              let valid90 = false;
              const _errs420 = errors;
              if (typeof data184 === "string") {
                if (func3(data184) < 1) {
                  const err428 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[0], data: data184 };
                  if (vErrors === null) {
                    vErrors = [err428];
                  } else {
                    vErrors.push(err428);
                  }
                  errors++;
                }
              } else {
                const err429 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.rollForward.anyOf[0].type, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[0], data: data184 };
                if (vErrors === null) {
                  vErrors = [err429];
                } else {
                  vErrors.push(err429);
                }
                errors++;
              }
              var _valid6 = _errs420 === errors;
              valid90 = valid90 || _valid6;
              if (!valid90) {
                const _errs422 = errors;
                if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
                  if (data184.do === void 0) {
                    const err430 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/1/required", keyword: "required", params: { missingProperty: "do" }, message: "must have required property 'do'", schema: schema11.properties.phases.items.properties.rollForward.anyOf[1].required, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[1], data: data184 };
                    if (vErrors === null) {
                      vErrors = [err430];
                    } else {
                      vErrors.push(err430);
                    }
                    errors++;
                  }
                  for (const key28 in data184) {
                    if (!(key28 === "do" || key28 === "command")) {
                      const err431 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[1], data: data184 };
                      if (vErrors === null) {
                        vErrors = [err431];
                      } else {
                        vErrors.push(err431);
                      }
                      errors++;
                    }
                  }
                  if (data184.do !== void 0) {
                    let data185 = data184.do;
                    if (typeof data185 === "string") {
                      if (func3(data185) < 1) {
                        const err432 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward/do", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/1/properties/do/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[1].properties.do, data: data185 };
                        if (vErrors === null) {
                          vErrors = [err432];
                        } else {
                          vErrors.push(err432);
                        }
                        errors++;
                      }
                    } else {
                      const err433 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward/do", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/1/properties/do/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.rollForward.anyOf[1].properties.do.type, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[1].properties.do, data: data185 };
                      if (vErrors === null) {
                        vErrors = [err433];
                      } else {
                        vErrors.push(err433);
                      }
                      errors++;
                    }
                  }
                  if (data184.command !== void 0) {
                    let data186 = data184.command;
                    if (typeof data186 === "string") {
                      if (func3(data186) < 1) {
                        const err434 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward/command", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/1/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[1].properties.command, data: data186 };
                        if (vErrors === null) {
                          vErrors = [err434];
                        } else {
                          vErrors.push(err434);
                        }
                        errors++;
                      }
                    } else {
                      const err435 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward/command", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/1/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phases.items.properties.rollForward.anyOf[1].properties.command.type, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[1].properties.command, data: data186 };
                      if (vErrors === null) {
                        vErrors = [err435];
                      } else {
                        vErrors.push(err435);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err436 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.properties.rollForward.anyOf[1].type, parentSchema: schema11.properties.phases.items.properties.rollForward.anyOf[1], data: data184 };
                  if (vErrors === null) {
                    vErrors = [err436];
                  } else {
                    vErrors.push(err436);
                  }
                  errors++;
                }
                var _valid6 = _errs422 === errors;
                valid90 = valid90 || _valid6;
              }
              if (!valid90) {
                const err437 = { instancePath: instancePath + "/phases/" + i16 + "/rollForward", schemaPath: "#/properties/phases/items/properties/rollForward/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.phases.items.properties.rollForward.anyOf, parentSchema: schema11.properties.phases.items.properties.rollForward, data: data184 };
                if (vErrors === null) {
                  vErrors = [err437];
                } else {
                  vErrors.push(err437);
                }
                errors++;
              } else {
                errors = _errs419;
                if (vErrors !== null) {
                  if (_errs419) {
                    vErrors.length = _errs419;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err438 = { instancePath: instancePath + "/phases/" + i16, schemaPath: "#/properties/phases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.phases.items.type, parentSchema: schema11.properties.phases.items, data: data101 };
            if (vErrors === null) {
              vErrors = [err438];
            } else {
              vErrors.push(err438);
            }
            errors++;
          }
        }
      } else {
        const err439 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.phases.type, parentSchema: schema11.properties.phases, data: data100 };
        if (vErrors === null) {
          vErrors = [err439];
        } else {
          vErrors.push(err439);
        }
        errors++;
      }
    }
    if (data.escalation !== void 0) {
      let data187 = data.escalation;
      if (Array.isArray(data187)) {
        if (data187.length < 1) {
          const err440 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.escalation, data: data187 };
          if (vErrors === null) {
            vErrors = [err440];
          } else {
            vErrors.push(err440);
          }
          errors++;
        }
        const len28 = data187.length;
        for (let i28 = 0; i28 < len28; i28++) {
          let data188 = data187[i28];
          if (data188 && typeof data188 == "object" && !Array.isArray(data188)) {
            if (data188.name === void 0) {
              const err441 = { instancePath: instancePath + "/escalation/" + i28, schemaPath: "#/properties/escalation/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.escalation.items.required, parentSchema: schema11.properties.escalation.items, data: data188 };
              if (vErrors === null) {
                vErrors = [err441];
              } else {
                vErrors.push(err441);
              }
              errors++;
            }
            if (data188.role === void 0) {
              const err442 = { instancePath: instancePath + "/escalation/" + i28, schemaPath: "#/properties/escalation/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema11.properties.escalation.items.required, parentSchema: schema11.properties.escalation.items, data: data188 };
              if (vErrors === null) {
                vErrors = [err442];
              } else {
                vErrors.push(err442);
              }
              errors++;
            }
            for (const key29 in data188) {
              if (!(key29 === "name" || key29 === "handle" || key29 === "role" || key29 === "reach")) {
                const err443 = { instancePath: instancePath + "/escalation/" + i28, schemaPath: "#/properties/escalation/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalation.items, data: data188 };
                if (vErrors === null) {
                  vErrors = [err443];
                } else {
                  vErrors.push(err443);
                }
                errors++;
              }
            }
            if (data188.name !== void 0) {
              let data189 = data188.name;
              if (typeof data189 === "string") {
                if (func3(data189) < 1) {
                  const err444 = { instancePath: instancePath + "/escalation/" + i28 + "/name", schemaPath: "#/properties/escalation/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalation.items.properties.name, data: data189 };
                  if (vErrors === null) {
                    vErrors = [err444];
                  } else {
                    vErrors.push(err444);
                  }
                  errors++;
                }
              } else {
                const err445 = { instancePath: instancePath + "/escalation/" + i28 + "/name", schemaPath: "#/properties/escalation/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalation.items.properties.name.type, parentSchema: schema11.properties.escalation.items.properties.name, data: data189 };
                if (vErrors === null) {
                  vErrors = [err445];
                } else {
                  vErrors.push(err445);
                }
                errors++;
              }
            }
            if (data188.handle !== void 0) {
              let data190 = data188.handle;
              if (typeof data190 === "string") {
                if (!pattern1.test(data190)) {
                  const err446 = { instancePath: instancePath + "/escalation/" + i28 + "/handle", schemaPath: "#/properties/escalation/items/properties/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.escalation.items.properties.handle, data: data190 };
                  if (vErrors === null) {
                    vErrors = [err446];
                  } else {
                    vErrors.push(err446);
                  }
                  errors++;
                }
              } else {
                const err447 = { instancePath: instancePath + "/escalation/" + i28 + "/handle", schemaPath: "#/properties/escalation/items/properties/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalation.items.properties.handle.type, parentSchema: schema11.properties.escalation.items.properties.handle, data: data190 };
                if (vErrors === null) {
                  vErrors = [err447];
                } else {
                  vErrors.push(err447);
                }
                errors++;
              }
            }
            if (data188.role !== void 0) {
              let data191 = data188.role;
              if (typeof data191 === "string") {
                if (func3(data191) < 1) {
                  const err448 = { instancePath: instancePath + "/escalation/" + i28 + "/role", schemaPath: "#/properties/escalation/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalation.items.properties.role, data: data191 };
                  if (vErrors === null) {
                    vErrors = [err448];
                  } else {
                    vErrors.push(err448);
                  }
                  errors++;
                }
              } else {
                const err449 = { instancePath: instancePath + "/escalation/" + i28 + "/role", schemaPath: "#/properties/escalation/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalation.items.properties.role.type, parentSchema: schema11.properties.escalation.items.properties.role, data: data191 };
                if (vErrors === null) {
                  vErrors = [err449];
                } else {
                  vErrors.push(err449);
                }
                errors++;
              }
            }
            if (data188.reach !== void 0) {
              let data192 = data188.reach;
              if (typeof data192 === "string") {
                if (func3(data192) < 1) {
                  const err450 = { instancePath: instancePath + "/escalation/" + i28 + "/reach", schemaPath: "#/properties/escalation/items/properties/reach/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalation.items.properties.reach, data: data192 };
                  if (vErrors === null) {
                    vErrors = [err450];
                  } else {
                    vErrors.push(err450);
                  }
                  errors++;
                }
              } else {
                const err451 = { instancePath: instancePath + "/escalation/" + i28 + "/reach", schemaPath: "#/properties/escalation/items/properties/reach/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalation.items.properties.reach.type, parentSchema: schema11.properties.escalation.items.properties.reach, data: data192 };
                if (vErrors === null) {
                  vErrors = [err451];
                } else {
                  vErrors.push(err451);
                }
                errors++;
              }
            }
          } else {
            const err452 = { instancePath: instancePath + "/escalation/" + i28, schemaPath: "#/properties/escalation/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalation.items.type, parentSchema: schema11.properties.escalation.items, data: data188 };
            if (vErrors === null) {
              vErrors = [err452];
            } else {
              vErrors.push(err452);
            }
            errors++;
          }
        }
      } else {
        const err453 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalation.type, parentSchema: schema11.properties.escalation, data: data187 };
        if (vErrors === null) {
          vErrors = [err453];
        } else {
          vErrors.push(err453);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data193 = data.policy;
      if (data193 && typeof data193 == "object" && !Array.isArray(data193)) {
        if (data193.prefer === void 0) {
          const err454 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "prefer" }, message: "must have required property 'prefer'", schema: schema11.properties.policy.required, parentSchema: schema11.properties.policy, data: data193 };
          if (vErrors === null) {
            vErrors = [err454];
          } else {
            vErrors.push(err454);
          }
          errors++;
        }
        for (const key30 in data193) {
          if (!(key30 === "prefer" || key30 === "rollForwardWhen" || key30 === "keepOldData" || key30 === "maxRollbackMinutes")) {
            const err455 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.policy, data: data193 };
            if (vErrors === null) {
              vErrors = [err455];
            } else {
              vErrors.push(err455);
            }
            errors++;
          }
        }
        if (data193.prefer !== void 0) {
          let data194 = data193.prefer;
          if (typeof data194 !== "string") {
            const err456 = { instancePath: instancePath + "/policy/prefer", schemaPath: "#/properties/policy/properties/prefer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.policy.properties.prefer.type, parentSchema: schema11.properties.policy.properties.prefer, data: data194 };
            if (vErrors === null) {
              vErrors = [err456];
            } else {
              vErrors.push(err456);
            }
            errors++;
          }
          if (!(data194 === "rollback" || data194 === "roll-forward")) {
            const err457 = { instancePath: instancePath + "/policy/prefer", schemaPath: "#/properties/policy/properties/prefer/enum", keyword: "enum", params: { allowedValues: schema11.properties.policy.properties.prefer.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.policy.properties.prefer.enum, parentSchema: schema11.properties.policy.properties.prefer, data: data194 };
            if (vErrors === null) {
              vErrors = [err457];
            } else {
              vErrors.push(err457);
            }
            errors++;
          }
        }
        if (data193.rollForwardWhen !== void 0) {
          let data195 = data193.rollForwardWhen;
          if (typeof data195 === "string") {
            if (func3(data195) < 1) {
              const err458 = { instancePath: instancePath + "/policy/rollForwardWhen", schemaPath: "#/properties/policy/properties/rollForwardWhen/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.policy.properties.rollForwardWhen, data: data195 };
              if (vErrors === null) {
                vErrors = [err458];
              } else {
                vErrors.push(err458);
              }
              errors++;
            }
          } else {
            const err459 = { instancePath: instancePath + "/policy/rollForwardWhen", schemaPath: "#/properties/policy/properties/rollForwardWhen/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.policy.properties.rollForwardWhen.type, parentSchema: schema11.properties.policy.properties.rollForwardWhen, data: data195 };
            if (vErrors === null) {
              vErrors = [err459];
            } else {
              vErrors.push(err459);
            }
            errors++;
          }
        }
        if (data193.keepOldData !== void 0) {
          let data196 = data193.keepOldData;
          if (typeof data196 === "string") {
            if (func3(data196) < 1) {
              const err460 = { instancePath: instancePath + "/policy/keepOldData", schemaPath: "#/properties/policy/properties/keepOldData/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.policy.properties.keepOldData, data: data196 };
              if (vErrors === null) {
                vErrors = [err460];
              } else {
                vErrors.push(err460);
              }
              errors++;
            }
          } else {
            const err461 = { instancePath: instancePath + "/policy/keepOldData", schemaPath: "#/properties/policy/properties/keepOldData/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.policy.properties.keepOldData.type, parentSchema: schema11.properties.policy.properties.keepOldData, data: data196 };
            if (vErrors === null) {
              vErrors = [err461];
            } else {
              vErrors.push(err461);
            }
            errors++;
          }
        }
        if (data193.maxRollbackMinutes !== void 0) {
          let data197 = data193.maxRollbackMinutes;
          if (!(typeof data197 == "number" && (!(data197 % 1) && !isNaN(data197)) && isFinite(data197))) {
            const err462 = { instancePath: instancePath + "/policy/maxRollbackMinutes", schemaPath: "#/properties/policy/properties/maxRollbackMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.policy.properties.maxRollbackMinutes.type, parentSchema: schema11.properties.policy.properties.maxRollbackMinutes, data: data197 };
            if (vErrors === null) {
              vErrors = [err462];
            } else {
              vErrors.push(err462);
            }
            errors++;
          }
          if (typeof data197 == "number" && isFinite(data197)) {
            if (data197 < 1 || isNaN(data197)) {
              const err463 = { instancePath: instancePath + "/policy/maxRollbackMinutes", schemaPath: "#/properties/policy/properties/maxRollbackMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.policy.properties.maxRollbackMinutes, data: data197 };
              if (vErrors === null) {
                vErrors = [err463];
              } else {
                vErrors.push(err463);
              }
              errors++;
            }
          }
        }
      } else {
        const err464 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.policy.type, parentSchema: schema11.properties.policy, data: data193 };
        if (vErrors === null) {
          vErrors = [err464];
        } else {
          vErrors.push(err464);
        }
        errors++;
      }
    }
    if (data.onBreach !== void 0) {
      let data198 = data.onBreach;
      if (data198 && typeof data198 == "object" && !Array.isArray(data198)) {
        if (data198.workflow === void 0) {
          const err465 = { instancePath: instancePath + "/onBreach", schemaPath: "#/properties/onBreach/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'", schema: schema11.properties.onBreach.required, parentSchema: schema11.properties.onBreach, data: data198 };
          if (vErrors === null) {
            vErrors = [err465];
          } else {
            vErrors.push(err465);
          }
          errors++;
        }
        for (const key31 in data198) {
          if (!(key31 === "workflow" || key31 === "ref")) {
            const err466 = { instancePath: instancePath + "/onBreach", schemaPath: "#/properties/onBreach/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.onBreach, data: data198 };
            if (vErrors === null) {
              vErrors = [err466];
            } else {
              vErrors.push(err466);
            }
            errors++;
          }
        }
        if (data198.workflow !== void 0) {
          let data199 = data198.workflow;
          if (typeof data199 === "string") {
            if (!pattern50.test(data199)) {
              const err467 = { instancePath: instancePath + "/onBreach/workflow", schemaPath: "#/properties/onBreach/properties/workflow/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+\\.ya?ml$" }, message: 'must match pattern "^[A-Za-z0-9._-]+\\.ya?ml$"', schema: "^[A-Za-z0-9._-]+\\.ya?ml$", parentSchema: schema11.properties.onBreach.properties.workflow, data: data199 };
              if (vErrors === null) {
                vErrors = [err467];
              } else {
                vErrors.push(err467);
              }
              errors++;
            }
          } else {
            const err468 = { instancePath: instancePath + "/onBreach/workflow", schemaPath: "#/properties/onBreach/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.onBreach.properties.workflow.type, parentSchema: schema11.properties.onBreach.properties.workflow, data: data199 };
            if (vErrors === null) {
              vErrors = [err468];
            } else {
              vErrors.push(err468);
            }
            errors++;
          }
        }
        if (data198.ref !== void 0) {
          let data200 = data198.ref;
          if (typeof data200 === "string") {
            if (func3(data200) < 1) {
              const err469 = { instancePath: instancePath + "/onBreach/ref", schemaPath: "#/properties/onBreach/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.onBreach.properties.ref, data: data200 };
              if (vErrors === null) {
                vErrors = [err469];
              } else {
                vErrors.push(err469);
              }
              errors++;
            }
          } else {
            const err470 = { instancePath: instancePath + "/onBreach/ref", schemaPath: "#/properties/onBreach/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.onBreach.properties.ref.type, parentSchema: schema11.properties.onBreach.properties.ref, data: data200 };
            if (vErrors === null) {
              vErrors = [err470];
            } else {
              vErrors.push(err470);
            }
            errors++;
          }
        }
      } else {
        const err471 = { instancePath: instancePath + "/onBreach", schemaPath: "#/properties/onBreach/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.onBreach.type, parentSchema: schema11.properties.onBreach, data: data198 };
        if (vErrors === null) {
          vErrors = [err471];
        } else {
          vErrors.push(err471);
        }
        errors++;
      }
    }
    if (data.analysis !== void 0) {
      let data201 = data.analysis;
      if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
        for (const key32 in data201) {
          if (!(key32 === "interval" || key32 === "failureLimit" || key32 === "inconclusiveLimit")) {
            const err472 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.analysis, data: data201 };
            if (vErrors === null) {
              vErrors = [err472];
            } else {
              vErrors.push(err472);
            }
            errors++;
          }
        }
        if (data201.interval !== void 0) {
          let data202 = data201.interval;
          if (typeof data202 === "string") {
            if (!pattern6.test(data202)) {
              const err473 = { instancePath: instancePath + "/analysis/interval", schemaPath: "#/properties/analysis/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema11.properties.analysis.properties.interval, data: data202 };
              if (vErrors === null) {
                vErrors = [err473];
              } else {
                vErrors.push(err473);
              }
              errors++;
            }
          } else {
            const err474 = { instancePath: instancePath + "/analysis/interval", schemaPath: "#/properties/analysis/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.analysis.properties.interval.type, parentSchema: schema11.properties.analysis.properties.interval, data: data202 };
            if (vErrors === null) {
              vErrors = [err474];
            } else {
              vErrors.push(err474);
            }
            errors++;
          }
        }
        if (data201.failureLimit !== void 0) {
          let data203 = data201.failureLimit;
          if (!(typeof data203 == "number" && (!(data203 % 1) && !isNaN(data203)) && isFinite(data203))) {
            const err475 = { instancePath: instancePath + "/analysis/failureLimit", schemaPath: "#/properties/analysis/properties/failureLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.analysis.properties.failureLimit.type, parentSchema: schema11.properties.analysis.properties.failureLimit, data: data203 };
            if (vErrors === null) {
              vErrors = [err475];
            } else {
              vErrors.push(err475);
            }
            errors++;
          }
          if (typeof data203 == "number" && isFinite(data203)) {
            if (data203 > 100 || isNaN(data203)) {
              const err476 = { instancePath: instancePath + "/analysis/failureLimit", schemaPath: "#/properties/analysis/properties/failureLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.analysis.properties.failureLimit, data: data203 };
              if (vErrors === null) {
                vErrors = [err476];
              } else {
                vErrors.push(err476);
              }
              errors++;
            }
            if (data203 < 1 || isNaN(data203)) {
              const err477 = { instancePath: instancePath + "/analysis/failureLimit", schemaPath: "#/properties/analysis/properties/failureLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.analysis.properties.failureLimit, data: data203 };
              if (vErrors === null) {
                vErrors = [err477];
              } else {
                vErrors.push(err477);
              }
              errors++;
            }
          }
        }
        if (data201.inconclusiveLimit !== void 0) {
          let data204 = data201.inconclusiveLimit;
          if (!(typeof data204 == "number" && (!(data204 % 1) && !isNaN(data204)) && isFinite(data204))) {
            const err478 = { instancePath: instancePath + "/analysis/inconclusiveLimit", schemaPath: "#/properties/analysis/properties/inconclusiveLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.analysis.properties.inconclusiveLimit.type, parentSchema: schema11.properties.analysis.properties.inconclusiveLimit, data: data204 };
            if (vErrors === null) {
              vErrors = [err478];
            } else {
              vErrors.push(err478);
            }
            errors++;
          }
          if (typeof data204 == "number" && isFinite(data204)) {
            if (data204 > 100 || isNaN(data204)) {
              const err479 = { instancePath: instancePath + "/analysis/inconclusiveLimit", schemaPath: "#/properties/analysis/properties/inconclusiveLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.analysis.properties.inconclusiveLimit, data: data204 };
              if (vErrors === null) {
                vErrors = [err479];
              } else {
                vErrors.push(err479);
              }
              errors++;
            }
            if (data204 < 1 || isNaN(data204)) {
              const err480 = { instancePath: instancePath + "/analysis/inconclusiveLimit", schemaPath: "#/properties/analysis/properties/inconclusiveLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.analysis.properties.inconclusiveLimit, data: data204 };
              if (vErrors === null) {
                vErrors = [err480];
              } else {
                vErrors.push(err480);
              }
              errors++;
            }
          }
        }
      } else {
        const err481 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.analysis.type, parentSchema: schema11.properties.analysis, data: data201 };
        if (vErrors === null) {
          vErrors = [err481];
        } else {
          vErrors.push(err481);
        }
        errors++;
      }
    }
    if (data.readiness !== void 0) {
      let data205 = data.readiness;
      if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
        for (const key33 in data205) {
          if (!(key33 === "upgrade" || key33 === "versionSkew" || key33 === "scalability" || key33 === "troubleshooting" || key33 === "dependencies" || key33 === "monitoring")) {
            const err482 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.readiness, data: data205 };
            if (vErrors === null) {
              vErrors = [err482];
            } else {
              vErrors.push(err482);
            }
            errors++;
          }
        }
        if (data205.upgrade !== void 0) {
          let data206 = data205.upgrade;
          if (data206 && typeof data206 == "object" && !Array.isArray(data206)) {
            if (data206.how === void 0) {
              const err483 = { instancePath: instancePath + "/readiness/upgrade", schemaPath: "#/properties/readiness/properties/upgrade/required", keyword: "required", params: { missingProperty: "how" }, message: "must have required property 'how'", schema: schema11.properties.readiness.properties.upgrade.required, parentSchema: schema11.properties.readiness.properties.upgrade, data: data206 };
              if (vErrors === null) {
                vErrors = [err483];
              } else {
                vErrors.push(err483);
              }
              errors++;
            }
            if (data206.downgrade === void 0) {
              const err484 = { instancePath: instancePath + "/readiness/upgrade", schemaPath: "#/properties/readiness/properties/upgrade/required", keyword: "required", params: { missingProperty: "downgrade" }, message: "must have required property 'downgrade'", schema: schema11.properties.readiness.properties.upgrade.required, parentSchema: schema11.properties.readiness.properties.upgrade, data: data206 };
              if (vErrors === null) {
                vErrors = [err484];
              } else {
                vErrors.push(err484);
              }
              errors++;
            }
            for (const key34 in data206) {
              if (!(key34 === "how" || key34 === "downgrade" || key34 === "tested")) {
                const err485 = { instancePath: instancePath + "/readiness/upgrade", schemaPath: "#/properties/readiness/properties/upgrade/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.readiness.properties.upgrade, data: data206 };
                if (vErrors === null) {
                  vErrors = [err485];
                } else {
                  vErrors.push(err485);
                }
                errors++;
              }
            }
            if (data206.how !== void 0) {
              let data207 = data206.how;
              if (typeof data207 === "string") {
                if (func3(data207) < 1) {
                  const err486 = { instancePath: instancePath + "/readiness/upgrade/how", schemaPath: "#/properties/readiness/properties/upgrade/properties/how/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.upgrade.properties.how, data: data207 };
                  if (vErrors === null) {
                    vErrors = [err486];
                  } else {
                    vErrors.push(err486);
                  }
                  errors++;
                }
              } else {
                const err487 = { instancePath: instancePath + "/readiness/upgrade/how", schemaPath: "#/properties/readiness/properties/upgrade/properties/how/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.upgrade.properties.how.type, parentSchema: schema11.properties.readiness.properties.upgrade.properties.how, data: data207 };
                if (vErrors === null) {
                  vErrors = [err487];
                } else {
                  vErrors.push(err487);
                }
                errors++;
              }
            }
            if (data206.downgrade !== void 0) {
              let data208 = data206.downgrade;
              if (typeof data208 === "string") {
                if (func3(data208) < 1) {
                  const err488 = { instancePath: instancePath + "/readiness/upgrade/downgrade", schemaPath: "#/properties/readiness/properties/upgrade/properties/downgrade/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.upgrade.properties.downgrade, data: data208 };
                  if (vErrors === null) {
                    vErrors = [err488];
                  } else {
                    vErrors.push(err488);
                  }
                  errors++;
                }
              } else {
                const err489 = { instancePath: instancePath + "/readiness/upgrade/downgrade", schemaPath: "#/properties/readiness/properties/upgrade/properties/downgrade/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.upgrade.properties.downgrade.type, parentSchema: schema11.properties.readiness.properties.upgrade.properties.downgrade, data: data208 };
                if (vErrors === null) {
                  vErrors = [err489];
                } else {
                  vErrors.push(err489);
                }
                errors++;
              }
            }
            if (data206.tested !== void 0) {
              let data209 = data206.tested;
              if (typeof data209 === "string") {
                if (func3(data209) < 1) {
                  const err490 = { instancePath: instancePath + "/readiness/upgrade/tested", schemaPath: "#/properties/readiness/properties/upgrade/properties/tested/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.upgrade.properties.tested, data: data209 };
                  if (vErrors === null) {
                    vErrors = [err490];
                  } else {
                    vErrors.push(err490);
                  }
                  errors++;
                }
              } else {
                const err491 = { instancePath: instancePath + "/readiness/upgrade/tested", schemaPath: "#/properties/readiness/properties/upgrade/properties/tested/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.upgrade.properties.tested.type, parentSchema: schema11.properties.readiness.properties.upgrade.properties.tested, data: data209 };
                if (vErrors === null) {
                  vErrors = [err491];
                } else {
                  vErrors.push(err491);
                }
                errors++;
              }
            }
          } else {
            const err492 = { instancePath: instancePath + "/readiness/upgrade", schemaPath: "#/properties/readiness/properties/upgrade/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.readiness.properties.upgrade.type, parentSchema: schema11.properties.readiness.properties.upgrade, data: data206 };
            if (vErrors === null) {
              vErrors = [err492];
            } else {
              vErrors.push(err492);
            }
            errors++;
          }
        }
        if (data205.versionSkew !== void 0) {
          let data210 = data205.versionSkew;
          if (typeof data210 === "string") {
            if (func3(data210) < 1) {
              const err493 = { instancePath: instancePath + "/readiness/versionSkew", schemaPath: "#/properties/readiness/properties/versionSkew/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.versionSkew, data: data210 };
              if (vErrors === null) {
                vErrors = [err493];
              } else {
                vErrors.push(err493);
              }
              errors++;
            }
          } else {
            const err494 = { instancePath: instancePath + "/readiness/versionSkew", schemaPath: "#/properties/readiness/properties/versionSkew/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.versionSkew.type, parentSchema: schema11.properties.readiness.properties.versionSkew, data: data210 };
            if (vErrors === null) {
              vErrors = [err494];
            } else {
              vErrors.push(err494);
            }
            errors++;
          }
        }
        if (data205.scalability !== void 0) {
          let data211 = data205.scalability;
          if (data211 && typeof data211 == "object" && !Array.isArray(data211)) {
            for (const key35 in data211) {
              if (!(key35 === "load" || key35 === "resources" || key35 === "limits")) {
                const err495 = { instancePath: instancePath + "/readiness/scalability", schemaPath: "#/properties/readiness/properties/scalability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.readiness.properties.scalability, data: data211 };
                if (vErrors === null) {
                  vErrors = [err495];
                } else {
                  vErrors.push(err495);
                }
                errors++;
              }
            }
            if (data211.load !== void 0) {
              let data212 = data211.load;
              if (typeof data212 === "string") {
                if (func3(data212) < 1) {
                  const err496 = { instancePath: instancePath + "/readiness/scalability/load", schemaPath: "#/properties/readiness/properties/scalability/properties/load/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.scalability.properties.load, data: data212 };
                  if (vErrors === null) {
                    vErrors = [err496];
                  } else {
                    vErrors.push(err496);
                  }
                  errors++;
                }
              } else {
                const err497 = { instancePath: instancePath + "/readiness/scalability/load", schemaPath: "#/properties/readiness/properties/scalability/properties/load/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.scalability.properties.load.type, parentSchema: schema11.properties.readiness.properties.scalability.properties.load, data: data212 };
                if (vErrors === null) {
                  vErrors = [err497];
                } else {
                  vErrors.push(err497);
                }
                errors++;
              }
            }
            if (data211.resources !== void 0) {
              let data213 = data211.resources;
              if (typeof data213 === "string") {
                if (func3(data213) < 1) {
                  const err498 = { instancePath: instancePath + "/readiness/scalability/resources", schemaPath: "#/properties/readiness/properties/scalability/properties/resources/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.scalability.properties.resources, data: data213 };
                  if (vErrors === null) {
                    vErrors = [err498];
                  } else {
                    vErrors.push(err498);
                  }
                  errors++;
                }
              } else {
                const err499 = { instancePath: instancePath + "/readiness/scalability/resources", schemaPath: "#/properties/readiness/properties/scalability/properties/resources/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.scalability.properties.resources.type, parentSchema: schema11.properties.readiness.properties.scalability.properties.resources, data: data213 };
                if (vErrors === null) {
                  vErrors = [err499];
                } else {
                  vErrors.push(err499);
                }
                errors++;
              }
            }
            if (data211.limits !== void 0) {
              let data214 = data211.limits;
              if (typeof data214 === "string") {
                if (func3(data214) < 1) {
                  const err500 = { instancePath: instancePath + "/readiness/scalability/limits", schemaPath: "#/properties/readiness/properties/scalability/properties/limits/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.scalability.properties.limits, data: data214 };
                  if (vErrors === null) {
                    vErrors = [err500];
                  } else {
                    vErrors.push(err500);
                  }
                  errors++;
                }
              } else {
                const err501 = { instancePath: instancePath + "/readiness/scalability/limits", schemaPath: "#/properties/readiness/properties/scalability/properties/limits/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.scalability.properties.limits.type, parentSchema: schema11.properties.readiness.properties.scalability.properties.limits, data: data214 };
                if (vErrors === null) {
                  vErrors = [err501];
                } else {
                  vErrors.push(err501);
                }
                errors++;
              }
            }
          } else {
            const err502 = { instancePath: instancePath + "/readiness/scalability", schemaPath: "#/properties/readiness/properties/scalability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.readiness.properties.scalability.type, parentSchema: schema11.properties.readiness.properties.scalability, data: data211 };
            if (vErrors === null) {
              vErrors = [err502];
            } else {
              vErrors.push(err502);
            }
            errors++;
          }
        }
        if (data205.troubleshooting !== void 0) {
          let data215 = data205.troubleshooting;
          if (Array.isArray(data215)) {
            if (data215.length < 1) {
              const err503 = { instancePath: instancePath + "/readiness/troubleshooting", schemaPath: "#/properties/readiness/properties/troubleshooting/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.readiness.properties.troubleshooting, data: data215 };
              if (vErrors === null) {
                vErrors = [err503];
              } else {
                vErrors.push(err503);
              }
              errors++;
            }
            const len29 = data215.length;
            for (let i29 = 0; i29 < len29; i29++) {
              let data216 = data215[i29];
              if (data216 && typeof data216 == "object" && !Array.isArray(data216)) {
                if (data216.failure === void 0) {
                  const err504 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29, schemaPath: "#/properties/readiness/properties/troubleshooting/items/required", keyword: "required", params: { missingProperty: "failure" }, message: "must have required property 'failure'", schema: schema11.properties.readiness.properties.troubleshooting.items.required, parentSchema: schema11.properties.readiness.properties.troubleshooting.items, data: data216 };
                  if (vErrors === null) {
                    vErrors = [err504];
                  } else {
                    vErrors.push(err504);
                  }
                  errors++;
                }
                if (data216.detect === void 0) {
                  const err505 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29, schemaPath: "#/properties/readiness/properties/troubleshooting/items/required", keyword: "required", params: { missingProperty: "detect" }, message: "must have required property 'detect'", schema: schema11.properties.readiness.properties.troubleshooting.items.required, parentSchema: schema11.properties.readiness.properties.troubleshooting.items, data: data216 };
                  if (vErrors === null) {
                    vErrors = [err505];
                  } else {
                    vErrors.push(err505);
                  }
                  errors++;
                }
                if (data216.mitigate === void 0) {
                  const err506 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29, schemaPath: "#/properties/readiness/properties/troubleshooting/items/required", keyword: "required", params: { missingProperty: "mitigate" }, message: "must have required property 'mitigate'", schema: schema11.properties.readiness.properties.troubleshooting.items.required, parentSchema: schema11.properties.readiness.properties.troubleshooting.items, data: data216 };
                  if (vErrors === null) {
                    vErrors = [err506];
                  } else {
                    vErrors.push(err506);
                  }
                  errors++;
                }
                for (const key36 in data216) {
                  if (!(key36 === "failure" || key36 === "detect" || key36 === "mitigate")) {
                    const err507 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29, schemaPath: "#/properties/readiness/properties/troubleshooting/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.readiness.properties.troubleshooting.items, data: data216 };
                    if (vErrors === null) {
                      vErrors = [err507];
                    } else {
                      vErrors.push(err507);
                    }
                    errors++;
                  }
                }
                if (data216.failure !== void 0) {
                  let data217 = data216.failure;
                  if (typeof data217 === "string") {
                    if (func3(data217) < 1) {
                      const err508 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29 + "/failure", schemaPath: "#/properties/readiness/properties/troubleshooting/items/properties/failure/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.troubleshooting.items.properties.failure, data: data217 };
                      if (vErrors === null) {
                        vErrors = [err508];
                      } else {
                        vErrors.push(err508);
                      }
                      errors++;
                    }
                  } else {
                    const err509 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29 + "/failure", schemaPath: "#/properties/readiness/properties/troubleshooting/items/properties/failure/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.troubleshooting.items.properties.failure.type, parentSchema: schema11.properties.readiness.properties.troubleshooting.items.properties.failure, data: data217 };
                    if (vErrors === null) {
                      vErrors = [err509];
                    } else {
                      vErrors.push(err509);
                    }
                    errors++;
                  }
                }
                if (data216.detect !== void 0) {
                  let data218 = data216.detect;
                  if (typeof data218 === "string") {
                    if (func3(data218) < 1) {
                      const err510 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29 + "/detect", schemaPath: "#/properties/readiness/properties/troubleshooting/items/properties/detect/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.troubleshooting.items.properties.detect, data: data218 };
                      if (vErrors === null) {
                        vErrors = [err510];
                      } else {
                        vErrors.push(err510);
                      }
                      errors++;
                    }
                  } else {
                    const err511 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29 + "/detect", schemaPath: "#/properties/readiness/properties/troubleshooting/items/properties/detect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.troubleshooting.items.properties.detect.type, parentSchema: schema11.properties.readiness.properties.troubleshooting.items.properties.detect, data: data218 };
                    if (vErrors === null) {
                      vErrors = [err511];
                    } else {
                      vErrors.push(err511);
                    }
                    errors++;
                  }
                }
                if (data216.mitigate !== void 0) {
                  let data219 = data216.mitigate;
                  if (typeof data219 === "string") {
                    if (func3(data219) < 1) {
                      const err512 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29 + "/mitigate", schemaPath: "#/properties/readiness/properties/troubleshooting/items/properties/mitigate/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.troubleshooting.items.properties.mitigate, data: data219 };
                      if (vErrors === null) {
                        vErrors = [err512];
                      } else {
                        vErrors.push(err512);
                      }
                      errors++;
                    }
                  } else {
                    const err513 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29 + "/mitigate", schemaPath: "#/properties/readiness/properties/troubleshooting/items/properties/mitigate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.troubleshooting.items.properties.mitigate.type, parentSchema: schema11.properties.readiness.properties.troubleshooting.items.properties.mitigate, data: data219 };
                    if (vErrors === null) {
                      vErrors = [err513];
                    } else {
                      vErrors.push(err513);
                    }
                    errors++;
                  }
                }
              } else {
                const err514 = { instancePath: instancePath + "/readiness/troubleshooting/" + i29, schemaPath: "#/properties/readiness/properties/troubleshooting/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.readiness.properties.troubleshooting.items.type, parentSchema: schema11.properties.readiness.properties.troubleshooting.items, data: data216 };
                if (vErrors === null) {
                  vErrors = [err514];
                } else {
                  vErrors.push(err514);
                }
                errors++;
              }
            }
          } else {
            const err515 = { instancePath: instancePath + "/readiness/troubleshooting", schemaPath: "#/properties/readiness/properties/troubleshooting/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.readiness.properties.troubleshooting.type, parentSchema: schema11.properties.readiness.properties.troubleshooting, data: data215 };
            if (vErrors === null) {
              vErrors = [err515];
            } else {
              vErrors.push(err515);
            }
            errors++;
          }
        }
        if (data205.dependencies !== void 0) {
          let data220 = data205.dependencies;
          if (Array.isArray(data220)) {
            if (data220.length < 1) {
              const err516 = { instancePath: instancePath + "/readiness/dependencies", schemaPath: "#/properties/readiness/properties/dependencies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.readiness.properties.dependencies, data: data220 };
              if (vErrors === null) {
                vErrors = [err516];
              } else {
                vErrors.push(err516);
              }
              errors++;
            }
            const len30 = data220.length;
            for (let i30 = 0; i30 < len30; i30++) {
              let data221 = data220[i30];
              if (data221 && typeof data221 == "object" && !Array.isArray(data221)) {
                if (data221.name === void 0) {
                  const err517 = { instancePath: instancePath + "/readiness/dependencies/" + i30, schemaPath: "#/properties/readiness/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.readiness.properties.dependencies.items.required, parentSchema: schema11.properties.readiness.properties.dependencies.items, data: data221 };
                  if (vErrors === null) {
                    vErrors = [err517];
                  } else {
                    vErrors.push(err517);
                  }
                  errors++;
                }
                if (data221.ifUnavailable === void 0) {
                  const err518 = { instancePath: instancePath + "/readiness/dependencies/" + i30, schemaPath: "#/properties/readiness/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "ifUnavailable" }, message: "must have required property 'ifUnavailable'", schema: schema11.properties.readiness.properties.dependencies.items.required, parentSchema: schema11.properties.readiness.properties.dependencies.items, data: data221 };
                  if (vErrors === null) {
                    vErrors = [err518];
                  } else {
                    vErrors.push(err518);
                  }
                  errors++;
                }
                for (const key37 in data221) {
                  if (!(key37 === "name" || key37 === "ifUnavailable")) {
                    const err519 = { instancePath: instancePath + "/readiness/dependencies/" + i30, schemaPath: "#/properties/readiness/properties/dependencies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.readiness.properties.dependencies.items, data: data221 };
                    if (vErrors === null) {
                      vErrors = [err519];
                    } else {
                      vErrors.push(err519);
                    }
                    errors++;
                  }
                }
                if (data221.name !== void 0) {
                  let data222 = data221.name;
                  if (typeof data222 === "string") {
                    if (func3(data222) < 1) {
                      const err520 = { instancePath: instancePath + "/readiness/dependencies/" + i30 + "/name", schemaPath: "#/properties/readiness/properties/dependencies/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.dependencies.items.properties.name, data: data222 };
                      if (vErrors === null) {
                        vErrors = [err520];
                      } else {
                        vErrors.push(err520);
                      }
                      errors++;
                    }
                  } else {
                    const err521 = { instancePath: instancePath + "/readiness/dependencies/" + i30 + "/name", schemaPath: "#/properties/readiness/properties/dependencies/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.dependencies.items.properties.name.type, parentSchema: schema11.properties.readiness.properties.dependencies.items.properties.name, data: data222 };
                    if (vErrors === null) {
                      vErrors = [err521];
                    } else {
                      vErrors.push(err521);
                    }
                    errors++;
                  }
                }
                if (data221.ifUnavailable !== void 0) {
                  let data223 = data221.ifUnavailable;
                  if (typeof data223 === "string") {
                    if (func3(data223) < 1) {
                      const err522 = { instancePath: instancePath + "/readiness/dependencies/" + i30 + "/ifUnavailable", schemaPath: "#/properties/readiness/properties/dependencies/items/properties/ifUnavailable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.dependencies.items.properties.ifUnavailable, data: data223 };
                      if (vErrors === null) {
                        vErrors = [err522];
                      } else {
                        vErrors.push(err522);
                      }
                      errors++;
                    }
                  } else {
                    const err523 = { instancePath: instancePath + "/readiness/dependencies/" + i30 + "/ifUnavailable", schemaPath: "#/properties/readiness/properties/dependencies/items/properties/ifUnavailable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.dependencies.items.properties.ifUnavailable.type, parentSchema: schema11.properties.readiness.properties.dependencies.items.properties.ifUnavailable, data: data223 };
                    if (vErrors === null) {
                      vErrors = [err523];
                    } else {
                      vErrors.push(err523);
                    }
                    errors++;
                  }
                }
              } else {
                const err524 = { instancePath: instancePath + "/readiness/dependencies/" + i30, schemaPath: "#/properties/readiness/properties/dependencies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.readiness.properties.dependencies.items.type, parentSchema: schema11.properties.readiness.properties.dependencies.items, data: data221 };
                if (vErrors === null) {
                  vErrors = [err524];
                } else {
                  vErrors.push(err524);
                }
                errors++;
              }
            }
          } else {
            const err525 = { instancePath: instancePath + "/readiness/dependencies", schemaPath: "#/properties/readiness/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.readiness.properties.dependencies.type, parentSchema: schema11.properties.readiness.properties.dependencies, data: data220 };
            if (vErrors === null) {
              vErrors = [err525];
            } else {
              vErrors.push(err525);
            }
            errors++;
          }
        }
        if (data205.monitoring !== void 0) {
          let data224 = data205.monitoring;
          if (data224 && typeof data224 == "object" && !Array.isArray(data224)) {
            if (data224.health === void 0) {
              const err526 = { instancePath: instancePath + "/readiness/monitoring", schemaPath: "#/properties/readiness/properties/monitoring/required", keyword: "required", params: { missingProperty: "health" }, message: "must have required property 'health'", schema: schema11.properties.readiness.properties.monitoring.required, parentSchema: schema11.properties.readiness.properties.monitoring, data: data224 };
              if (vErrors === null) {
                vErrors = [err526];
              } else {
                vErrors.push(err526);
              }
              errors++;
            }
            for (const key38 in data224) {
              if (!(key38 === "health" || key38 === "metrics" || key38 === "alerts")) {
                const err527 = { instancePath: instancePath + "/readiness/monitoring", schemaPath: "#/properties/readiness/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.readiness.properties.monitoring, data: data224 };
                if (vErrors === null) {
                  vErrors = [err527];
                } else {
                  vErrors.push(err527);
                }
                errors++;
              }
            }
            if (data224.health !== void 0) {
              let data225 = data224.health;
              if (typeof data225 === "string") {
                if (func3(data225) < 1) {
                  const err528 = { instancePath: instancePath + "/readiness/monitoring/health", schemaPath: "#/properties/readiness/properties/monitoring/properties/health/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.monitoring.properties.health, data: data225 };
                  if (vErrors === null) {
                    vErrors = [err528];
                  } else {
                    vErrors.push(err528);
                  }
                  errors++;
                }
              } else {
                const err529 = { instancePath: instancePath + "/readiness/monitoring/health", schemaPath: "#/properties/readiness/properties/monitoring/properties/health/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.monitoring.properties.health.type, parentSchema: schema11.properties.readiness.properties.monitoring.properties.health, data: data225 };
                if (vErrors === null) {
                  vErrors = [err529];
                } else {
                  vErrors.push(err529);
                }
                errors++;
              }
            }
            if (data224.metrics !== void 0) {
              let data226 = data224.metrics;
              if (Array.isArray(data226)) {
                if (data226.length < 1) {
                  const err530 = { instancePath: instancePath + "/readiness/monitoring/metrics", schemaPath: "#/properties/readiness/properties/monitoring/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.readiness.properties.monitoring.properties.metrics, data: data226 };
                  if (vErrors === null) {
                    vErrors = [err530];
                  } else {
                    vErrors.push(err530);
                  }
                  errors++;
                }
                const len31 = data226.length;
                for (let i31 = 0; i31 < len31; i31++) {
                  let data227 = data226[i31];
                  if (typeof data227 !== "string") {
                    const err531 = { instancePath: instancePath + "/readiness/monitoring/metrics/" + i31, schemaPath: "#/properties/readiness/properties/monitoring/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.monitoring.properties.metrics.items.type, parentSchema: schema11.properties.readiness.properties.monitoring.properties.metrics.items, data: data227 };
                    if (vErrors === null) {
                      vErrors = [err531];
                    } else {
                      vErrors.push(err531);
                    }
                    errors++;
                  }
                }
              } else {
                const err532 = { instancePath: instancePath + "/readiness/monitoring/metrics", schemaPath: "#/properties/readiness/properties/monitoring/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.readiness.properties.monitoring.properties.metrics.type, parentSchema: schema11.properties.readiness.properties.monitoring.properties.metrics, data: data226 };
                if (vErrors === null) {
                  vErrors = [err532];
                } else {
                  vErrors.push(err532);
                }
                errors++;
              }
            }
            if (data224.alerts !== void 0) {
              let data228 = data224.alerts;
              if (Array.isArray(data228)) {
                if (data228.length < 1) {
                  const err533 = { instancePath: instancePath + "/readiness/monitoring/alerts", schemaPath: "#/properties/readiness/properties/monitoring/properties/alerts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.readiness.properties.monitoring.properties.alerts, data: data228 };
                  if (vErrors === null) {
                    vErrors = [err533];
                  } else {
                    vErrors.push(err533);
                  }
                  errors++;
                }
                const len32 = data228.length;
                for (let i32 = 0; i32 < len32; i32++) {
                  let data229 = data228[i32];
                  if (typeof data229 === "string") {
                    if (func3(data229) < 1) {
                      const err534 = { instancePath: instancePath + "/readiness/monitoring/alerts/" + i32, schemaPath: "#/properties/readiness/properties/monitoring/properties/alerts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.readiness.properties.monitoring.properties.alerts.items, data: data229 };
                      if (vErrors === null) {
                        vErrors = [err534];
                      } else {
                        vErrors.push(err534);
                      }
                      errors++;
                    }
                  } else {
                    const err535 = { instancePath: instancePath + "/readiness/monitoring/alerts/" + i32, schemaPath: "#/properties/readiness/properties/monitoring/properties/alerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.readiness.properties.monitoring.properties.alerts.items.type, parentSchema: schema11.properties.readiness.properties.monitoring.properties.alerts.items, data: data229 };
                    if (vErrors === null) {
                      vErrors = [err535];
                    } else {
                      vErrors.push(err535);
                    }
                    errors++;
                  }
                }
              } else {
                const err536 = { instancePath: instancePath + "/readiness/monitoring/alerts", schemaPath: "#/properties/readiness/properties/monitoring/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.readiness.properties.monitoring.properties.alerts.type, parentSchema: schema11.properties.readiness.properties.monitoring.properties.alerts, data: data228 };
                if (vErrors === null) {
                  vErrors = [err536];
                } else {
                  vErrors.push(err536);
                }
                errors++;
              }
            }
          } else {
            const err537 = { instancePath: instancePath + "/readiness/monitoring", schemaPath: "#/properties/readiness/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.readiness.properties.monitoring.type, parentSchema: schema11.properties.readiness.properties.monitoring, data: data224 };
            if (vErrors === null) {
              vErrors = [err537];
            } else {
              vErrors.push(err537);
            }
            errors++;
          }
        }
      } else {
        const err538 = { instancePath: instancePath + "/readiness", schemaPath: "#/properties/readiness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.readiness.type, parentSchema: schema11.properties.readiness, data: data205 };
        if (vErrors === null) {
          vErrors = [err538];
        } else {
          vErrors.push(err538);
        }
        errors++;
      }
    }
    if (data.waive !== void 0) {
      let data230 = data.waive;
      if (Array.isArray(data230)) {
        const len33 = data230.length;
        for (let i33 = 0; i33 < len33; i33++) {
          let data231 = data230[i33];
          if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
            if (data231.reason === void 0) {
              const err539 = { instancePath: instancePath + "/waive/" + i33, schemaPath: "#/properties/waive/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.waive.items.required, parentSchema: schema11.properties.waive.items, data: data231 };
              if (vErrors === null) {
                vErrors = [err539];
              } else {
                vErrors.push(err539);
              }
              errors++;
            }
            for (const key39 in data231) {
              if (!(key39 === "rule" || key39 === "lesson" || key39 === "phases" || key39 === "severity" || key39 === "reason")) {
                const err540 = { instancePath: instancePath + "/waive/" + i33, schemaPath: "#/properties/waive/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.waive.items, data: data231 };
                if (vErrors === null) {
                  vErrors = [err540];
                } else {
                  vErrors.push(err540);
                }
                errors++;
              }
            }
            if (data231.rule !== void 0) {
              let data232 = data231.rule;
              if (typeof data232 !== "string") {
                const err541 = { instancePath: instancePath + "/waive/" + i33 + "/rule", schemaPath: "#/properties/waive/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.waive.items.properties.rule.type, parentSchema: schema11.properties.waive.items.properties.rule, data: data232 };
                if (vErrors === null) {
                  vErrors = [err541];
                } else {
                  vErrors.push(err541);
                }
                errors++;
              }
            }
            if (data231.lesson !== void 0) {
              let data233 = data231.lesson;
              if (typeof data233 !== "string") {
                const err542 = { instancePath: instancePath + "/waive/" + i33 + "/lesson", schemaPath: "#/properties/waive/items/properties/lesson/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.waive.items.properties.lesson.type, parentSchema: schema11.properties.waive.items.properties.lesson, data: data233 };
                if (vErrors === null) {
                  vErrors = [err542];
                } else {
                  vErrors.push(err542);
                }
                errors++;
              }
            }
            if (data231.phases !== void 0) {
              let data234 = data231.phases;
              if (Array.isArray(data234)) {
                const len34 = data234.length;
                for (let i34 = 0; i34 < len34; i34++) {
                  let data235 = data234[i34];
                  if (typeof data235 !== "string") {
                    const err543 = { instancePath: instancePath + "/waive/" + i33 + "/phases/" + i34, schemaPath: "#/properties/waive/items/properties/phases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.waive.items.properties.phases.items.type, parentSchema: schema11.properties.waive.items.properties.phases.items, data: data235 };
                    if (vErrors === null) {
                      vErrors = [err543];
                    } else {
                      vErrors.push(err543);
                    }
                    errors++;
                  }
                }
              } else {
                const err544 = { instancePath: instancePath + "/waive/" + i33 + "/phases", schemaPath: "#/properties/waive/items/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.waive.items.properties.phases.type, parentSchema: schema11.properties.waive.items.properties.phases, data: data234 };
                if (vErrors === null) {
                  vErrors = [err544];
                } else {
                  vErrors.push(err544);
                }
                errors++;
              }
            }
            if (data231.severity !== void 0) {
              let data236 = data231.severity;
              if (typeof data236 !== "string") {
                const err545 = { instancePath: instancePath + "/waive/" + i33 + "/severity", schemaPath: "#/properties/waive/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.waive.items.properties.severity.type, parentSchema: schema11.properties.waive.items.properties.severity, data: data236 };
                if (vErrors === null) {
                  vErrors = [err545];
                } else {
                  vErrors.push(err545);
                }
                errors++;
              }
              if (!(data236 === "warning" || data236 === "off")) {
                const err546 = { instancePath: instancePath + "/waive/" + i33 + "/severity", schemaPath: "#/properties/waive/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.waive.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.waive.items.properties.severity.enum, parentSchema: schema11.properties.waive.items.properties.severity, data: data236 };
                if (vErrors === null) {
                  vErrors = [err546];
                } else {
                  vErrors.push(err546);
                }
                errors++;
              }
            }
            if (data231.reason !== void 0) {
              let data237 = data231.reason;
              if (typeof data237 !== "string") {
                const err547 = { instancePath: instancePath + "/waive/" + i33 + "/reason", schemaPath: "#/properties/waive/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.waive.items.properties.reason.type, parentSchema: schema11.properties.waive.items.properties.reason, data: data237 };
                if (vErrors === null) {
                  vErrors = [err547];
                } else {
                  vErrors.push(err547);
                }
                errors++;
              }
            }
          } else {
            const err548 = { instancePath: instancePath + "/waive/" + i33, schemaPath: "#/properties/waive/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.waive.items.type, parentSchema: schema11.properties.waive.items, data: data231 };
            if (vErrors === null) {
              vErrors = [err548];
            } else {
              vErrors.push(err548);
            }
            errors++;
          }
        }
      } else {
        const err549 = { instancePath: instancePath + "/waive", schemaPath: "#/properties/waive/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.waive.type, parentSchema: schema11.properties.waive, data: data230 };
        if (vErrors === null) {
          vErrors = [err549];
        } else {
          vErrors.push(err549);
        }
        errors++;
      }
    }
  } else {
    const err550 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err550];
    } else {
      vErrors.push(err550);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
});
var schema12 = { "additionalProperties": false, "title": "Rollbook lesson (front matter)", "type": "object", "required": ["id", "title", "date", "severity", "trigger", "contributingFactors", "detection", "timeToMitigate", "guards"], "properties": { "id": { "pattern": "^L-[0-9]{4}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$", "maxLength": 64, "description": "Stable id, e.g. L-2020-11-thread-exhaustion.", "type": "string" }, "title": { "minLength": 1, "description": "What went wrong, in one line.", "type": "string" }, "date": { "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Day of the incident, YYYY-MM-DD.", "type": "string" }, "severity": { "type": "string", "enum": ["sev1", "sev2", "sev3", "sev4"], "description": "Incident severity; sev1 is the worst." }, "trigger": { "type": "string", "enum": ["binary-push", "config-push", "user-behaviour-change", "processing-pipeline", "service-provider-change", "performance-decay", "capacity-management", "hardware"], "description": "What set the incident off, from the outage-trigger taxonomy." }, "contributingFactors": { "minItems": 1, "uniqueItems": true, "description": "What made it possible or made it worse.", "type": "array", "items": { "minLength": 1, "description": "One factor.", "type": "string" } }, "detection": { "additionalProperties": false, "type": "object", "required": ["how", "sooner"], "properties": { "how": { "minLength": 1, "description": "How the incident was noticed.", "type": "string" }, "sooner": { "minLength": 1, "description": "How it could have been noticed sooner.", "type": "string" } } }, "timeToMitigate": { "pattern": "^([0-9]+[wdhm])+$", "description": "From first impact to mitigation: `45m`, `3h`, `1d6h`.", "type": "string" }, "services": { "description": "Services involved in the incident.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A service involved.", "type": "string" } }, "tags": { "description": "Free tags.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A tag.", "type": "string" } }, "links": { "description": "Postmortem, tickets, dashboards.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["title", "url"], "properties": { "title": { "minLength": 1, "description": 'What the link is, e.g. "Dispatch dashboard".', "type": "string" }, "url": { "pattern": "^https?://", "description": "An http(s) URL.", "type": "string" }, "kind": { "type": "string", "enum": ["dashboard", "design", "runbook", "ticket", "other"], "description": "What sort of page this is." } } } }, "rollback": { "additionalProperties": false, "description": "The rollback this lesson was drafted from: its plan, phase and the facts a guard can match on (services are under `services`).", "type": "object", "required": ["plan", "phase"], "properties": { "plan": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "The plan that was rolled back.", "type": "string" }, "phase": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "The phase that was rolled back.", "type": "string" }, "environment": { "type": "string", "enum": ["dev", "test", "staging", "canary", "production"], "description": "Where the phase ran." }, "strategy": { "type": "string", "enum": ["canary", "rolling", "blue-green", "flag-ramp", "shadow", "migration"], "description": "The phase's strategy." }, "stepKinds": { "minItems": 1, "uniqueItems": true, "description": "The kinds of the phase's steps, for a guard's `stepKinds`.", "type": "array", "items": { "type": "string", "enum": ["binary", "config", "flag", "migration", "test", "manual"], "description": "A step kind." } }, "step": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "The step rolled back; absent when the whole phase was.", "type": "string" }, "at": { "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "description": "When the rollback was ticked, from the verified audit trail, or, for a ROLL BACK verdict acted on whose roll-back nobody ticked, the breach (UTC).", "type": "string" } } }, "guards": { "minItems": 1, "description": "What every matching rollout must now do.", "type": "array", "items": { "additionalProperties": false, "description": "What every matching rollout must now do. Exactly one of checklist, gate, freeze, raise.", "type": "object", "required": ["id", "match"], "properties": { "id": { "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$", "maxLength": 48, "description": "Stable id within the lesson.", "type": "string" }, "match": { "additionalProperties": false, "description": "Which plans and phases the guard applies to. Every criterion given must hold; a list means any of its values. `{}` matches every phase of every plan. `except` leaves out the phases it matches.", "type": "object", "properties": { "services": { "minItems": 1, "uniqueItems": true, "description": "The plan touches at least one of these services.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A service.", "type": "string" } }, "tags": { "minItems": 1, "uniqueItems": true, "description": "The plan carries at least one of these tags.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A tag.", "type": "string" } }, "environments": { "minItems": 1, "uniqueItems": true, "description": "The phase runs in one of these environments.", "type": "array", "items": { "type": "string", "enum": ["dev", "test", "staging", "canary", "production"], "description": "An environment." } }, "strategies": { "minItems": 1, "uniqueItems": true, "description": "The phase uses one of these strategies.", "type": "array", "items": { "type": "string", "enum": ["canary", "rolling", "blue-green", "flag-ramp", "shadow", "migration"], "description": "A strategy." } }, "stepKinds": { "minItems": 1, "uniqueItems": true, "description": "The phase has at least one step of one of these kinds.", "type": "array", "items": { "type": "string", "enum": ["binary", "config", "flag", "migration", "test", "manual"], "description": "A step kind." } }, "breaking": { "description": "The plan's `compatibility.breaking` is this value.", "type": "boolean" }, "migrations": { "description": "The plan declares data migrations (`compatibility.migrations`): true, or none: false.", "type": "boolean" }, "irreversible": { "description": "The phase, or one of its steps, cannot be undone (`irreversible:`): true, or nothing is: false.", "type": "boolean" }, "audienceUnits": { "minItems": 1, "uniqueItems": true, "description": "The phase's audience, or one of its ramp stages, counts one of these units (`5% of installs`).", "type": "array", "items": { "type": "string", "enum": ["requests", "users", "sessions", "hosts", "pods", "cells", "regions", "installs"], "description": "A unit." } }, "except": { "additionalProperties": false, "minProperties": 1, "description": "Phases the guard does not apply to: a phase for which every criterion given holds is left out, e.g. `{audienceUnits: [installs]}` for app-store phases.", "type": "object", "properties": { "services": { "minItems": 1, "uniqueItems": true, "description": "The plan touches at least one of these services.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A service.", "type": "string" } }, "tags": { "minItems": 1, "uniqueItems": true, "description": "The plan carries at least one of these tags.", "type": "array", "items": { "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 64, "description": "A tag.", "type": "string" } }, "environments": { "minItems": 1, "uniqueItems": true, "description": "The phase runs in one of these environments.", "type": "array", "items": { "type": "string", "enum": ["dev", "test", "staging", "canary", "production"], "description": "An environment." } }, "strategies": { "minItems": 1, "uniqueItems": true, "description": "The phase uses one of these strategies.", "type": "array", "items": { "type": "string", "enum": ["canary", "rolling", "blue-green", "flag-ramp", "shadow", "migration"], "description": "A strategy." } }, "stepKinds": { "minItems": 1, "uniqueItems": true, "description": "The phase has at least one step of one of these kinds.", "type": "array", "items": { "type": "string", "enum": ["binary", "config", "flag", "migration", "test", "manual"], "description": "A step kind." } }, "breaking": { "description": "The plan's `compatibility.breaking` is this value.", "type": "boolean" }, "migrations": { "description": "The plan declares data migrations (`compatibility.migrations`): true, or none: false.", "type": "boolean" }, "irreversible": { "description": "The phase, or one of its steps, cannot be undone (`irreversible:`): true, or nothing is: false.", "type": "boolean" }, "audienceUnits": { "minItems": 1, "uniqueItems": true, "description": "The phase's audience, or one of its ramp stages, counts one of these units (`5% of installs`).", "type": "array", "items": { "type": "string", "enum": ["requests", "users", "sessions", "hosts", "pods", "cells", "regions", "installs"], "description": "A unit." } } } } } }, "checklist": { "minLength": 1, "description": "A checklist item added to every matching phase.", "type": "string" }, "gate": { "additionalProperties": false, "description": "A gate added to every matching phase, as in a plan.", "type": "object", "properties": { "metric": { "description": "The name of a metric from `metrics`.", "type": "string" }, "compare": { "type": "string", "enum": ["absolute", "baseline", "week-over-week"], "description": "absolute (the default): against min/max. baseline: against the baseline query. week-over-week: against the same query 7 days earlier." }, "max": { "unit": "the metric's unit", "description": "Hold when the value is above this.", "type": "number" }, "min": { "unit": "the metric's unit", "description": "Hold when the value is below this.", "type": "number" }, "baseline": { "minLength": 1, "description": "For compare: baseline, the control query (e.g. the stable fleet).", "type": "string" }, "maxRegression": { "pattern": "^[0-9]+(\\.[0-9]+)?%$", "description": "A percentage such as `10%`.", "type": "string" }, "rollbackAt": { "unit": "the metric's unit", "description": "Recommend a rollback when the value is worse than this: above it where lower is better, below it where higher is (the metric's `direction`, else its signal). At or beyond the threshold the gate fails at.", "type": "number" }, "window": { "pattern": "^([0-9]+[wdhm])+$", "description": "The window for this gate, instead of the metric's: fills `{window}` in its queries.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "query": { "minLength": 1, "description": "This gate's own query, instead of the metric's (same provider, field and unit).", "type": "string" }, "maxAge": { "pattern": "^([0-9]+[wdhm])+$", "description": "Freshness for this gate, instead of the metric's `maxAge`.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "analysis": { "additionalProperties": false, "description": "How the watch judges metric gates over repeated readings: an interval between readings, and how many failing or empty readings in a row count.", "type": "object", "properties": { "interval": { "pattern": "^([0-9]+[wdhm])+$", "description": "The least time between two readings of the gate: a scheduled run sooner than this after its last reading changed keeps that reading and does not query again. Default: every run reads.", "examples": ["30m", "24h", "2d", "1w"], "type": "string" }, "failureLimit": { "minimum": 1, "maximum": 100, "unit": "readings", "description": "Consecutive failing readings before the gate counts as failed; before that it holds (failing, within the limit) and a value beyond `rollbackAt` does not ask for a rollback yet. Default 1.", "type": "integer" }, "inconclusiveLimit": { "minimum": 1, "maximum": 100, "unit": "readings", "description": "Consecutive readings without data (no data, stale, provider error) before the hold is raised as a problem. Default: no data holds without being raised.", "type": "integer" } } }, "check": { "minLength": 1, "description": "The name of a GitHub check run or commit status that must succeed.", "type": "string" }, "signoff": { "minItems": 1, "description": "Users or teams who may sign off.", "type": "array", "items": { "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "description": "A GitHub user (`@alice`) or team (`@org/team`).", "type": "string" } }, "count": { "minimum": 1, "unit": "sign-offs", "description": "How many sign-offs are needed. Default 1.", "type": "integer" }, "allowAuthor": { "description": "May the plan's author (or the pull request's) sign off their own change? Default: no, unless the action's `allow-author-signoff` input is `true`.", "type": "boolean" }, "manual": { "minLength": 1, "description": "A condition a person confirms by ticking it.", "type": "string" } } }, "freeze": { "additionalProperties": false, "description": "A freeze in the days before a named event the plan declares.", "type": "object", "required": ["before", "lead", "reason"], "properties": { "before": { "pattern": "^[a-z0-9*][a-z0-9*-]*$", "maxLength": 64, "description": "The event: the name of a freeze in the plan, or a pattern with `*` such as `peak-season-*`. The guard freezes the days leading up to it.", "type": "string" }, "lead": { "pattern": "^([0-9]+[wd])+$", "description": "How many days before the event nothing may change: `3d`, `1w`, `1w3d`.", "examples": ["3d", "1w"], "type": "string" }, "reason": { "minLength": 1, "description": "Why the days before the event are frozen.", "type": "string" }, "allowHotfix": { "description": "May a change labelled hotfix go out in the lead-in? Default: as the event.", "type": "boolean" } } }, "raise": { "additionalProperties": false, "description": "A stricter severity for a lint rule.", "type": "object", "required": ["rule", "to"], "properties": { "rule": { "minLength": 1, "description": "A lint rule id (`rollbook explain` lists them).", "type": "string" }, "to": { "type": "string", "enum": ["warning", "error"], "description": "The severity the rule has at least, in matching plans and phases." } } } } } } } };
var pattern52 = new RegExp("^L-[0-9]{4}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
var pattern61 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
var pattern62 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
var pattern72 = new RegExp("^[a-z0-9*][a-z0-9*-]*$", "u");
var pattern73 = new RegExp("^([0-9]+[wd])+$", "u");
var validate11 = (function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.trigger === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.contributingFactors === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contributingFactors" }, message: "must have required property 'contributingFactors'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.detection === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detection" }, message: "must have required property 'detection'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timeToMitigate === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timeToMitigate" }, message: "must have required property 'timeToMitigate'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.guards === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "guards" }, message: "must have required property 'guards'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func3(data0) > 64) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern52.test(data0)) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^L-[0-9]{4}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^L-[0-9]{4}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$"', schema: "^L-[0-9]{4}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$", parentSchema: schema12.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.title.type, parentSchema: schema12.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data2 = data.date;
      if (typeof data2 === "string") {
        if (!pattern22.test(data2)) {
          const err15 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema12.properties.date, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.date.type, parentSchema: schema12.properties.date, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (typeof data3 !== "string") {
        const err17 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.severity.type, parentSchema: schema12.properties.severity, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data3 === "sev1" || data3 === "sev2" || data3 === "sev3" || data3 === "sev4")) {
        const err18 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.severity.enum, parentSchema: schema12.properties.severity, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.trigger !== void 0) {
      let data4 = data.trigger;
      if (typeof data4 !== "string") {
        const err19 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.trigger.type, parentSchema: schema12.properties.trigger, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(data4 === "binary-push" || data4 === "config-push" || data4 === "user-behaviour-change" || data4 === "processing-pipeline" || data4 === "service-provider-change" || data4 === "performance-decay" || data4 === "capacity-management" || data4 === "hardware")) {
        const err20 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/enum", keyword: "enum", params: { allowedValues: schema12.properties.trigger.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.trigger.enum, parentSchema: schema12.properties.trigger, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.contributingFactors !== void 0) {
      let data5 = data.contributingFactors;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err21 = { instancePath: instancePath + "/contributingFactors", schemaPath: "#/properties/contributingFactors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.contributingFactors, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err22 = { instancePath: instancePath + "/contributingFactors/" + i0, schemaPath: "#/properties/contributingFactors/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.contributingFactors.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/contributingFactors/" + i0, schemaPath: "#/properties/contributingFactors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.contributingFactors.items.type, parentSchema: schema12.properties.contributingFactors.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err24 = { instancePath: instancePath + "/contributingFactors", schemaPath: "#/properties/contributingFactors/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema12.properties.contributingFactors, data: data5 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/contributingFactors", schemaPath: "#/properties/contributingFactors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.contributingFactors.type, parentSchema: schema12.properties.contributingFactors, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.detection !== void 0) {
      let data7 = data.detection;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.how === void 0) {
          const err26 = { instancePath: instancePath + "/detection", schemaPath: "#/properties/detection/required", keyword: "required", params: { missingProperty: "how" }, message: "must have required property 'how'", schema: schema12.properties.detection.required, parentSchema: schema12.properties.detection, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data7.sooner === void 0) {
          const err27 = { instancePath: instancePath + "/detection", schemaPath: "#/properties/detection/required", keyword: "required", params: { missingProperty: "sooner" }, message: "must have required property 'sooner'", schema: schema12.properties.detection.required, parentSchema: schema12.properties.detection, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "how" || key1 === "sooner")) {
            const err28 = { instancePath: instancePath + "/detection", schemaPath: "#/properties/detection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.detection, data: data7 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data7.how !== void 0) {
          let data8 = data7.how;
          if (typeof data8 === "string") {
            if (func3(data8) < 1) {
              const err29 = { instancePath: instancePath + "/detection/how", schemaPath: "#/properties/detection/properties/how/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.detection.properties.how, data: data8 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/detection/how", schemaPath: "#/properties/detection/properties/how/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.detection.properties.how.type, parentSchema: schema12.properties.detection.properties.how, data: data8 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.sooner !== void 0) {
          let data9 = data7.sooner;
          if (typeof data9 === "string") {
            if (func3(data9) < 1) {
              const err31 = { instancePath: instancePath + "/detection/sooner", schemaPath: "#/properties/detection/properties/sooner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.detection.properties.sooner, data: data9 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/detection/sooner", schemaPath: "#/properties/detection/properties/sooner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.detection.properties.sooner.type, parentSchema: schema12.properties.detection.properties.sooner, data: data9 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/detection", schemaPath: "#/properties/detection/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.detection.type, parentSchema: schema12.properties.detection, data: data7 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.timeToMitigate !== void 0) {
      let data10 = data.timeToMitigate;
      if (typeof data10 === "string") {
        if (!pattern6.test(data10)) {
          const err34 = { instancePath: instancePath + "/timeToMitigate", schemaPath: "#/properties/timeToMitigate/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema12.properties.timeToMitigate, data: data10 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/timeToMitigate", schemaPath: "#/properties/timeToMitigate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.timeToMitigate.type, parentSchema: schema12.properties.timeToMitigate, data: data10 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data11 = data.services;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === "string") {
            if (func3(data12) > 64) {
              const err36 = { instancePath: instancePath + "/services/" + i2, schemaPath: "#/properties/services/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.services.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (!pattern0.test(data12)) {
              const err37 = { instancePath: instancePath + "/services/" + i2, schemaPath: "#/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.services.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/services/" + i2, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.services.items.type, parentSchema: schema12.properties.services.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.services.type, parentSchema: schema12.properties.services, data: data11 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data13 = data.tags;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data14 = data13[i3];
          if (typeof data14 === "string") {
            if (func3(data14) > 64) {
              const err40 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.tags.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (!pattern0.test(data14)) {
              const err41 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.tags.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.tags.items.type, parentSchema: schema12.properties.tags.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.tags.type, parentSchema: schema12.properties.tags, data: data13 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.links !== void 0) {
      let data15 = data.links;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data16 = data15[i4];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.title === void 0) {
              const err44 = { instancePath: instancePath + "/links/" + i4, schemaPath: "#/properties/links/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema12.properties.links.items.required, parentSchema: schema12.properties.links.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data16.url === void 0) {
              const err45 = { instancePath: instancePath + "/links/" + i4, schemaPath: "#/properties/links/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema12.properties.links.items.required, parentSchema: schema12.properties.links.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key2 in data16) {
              if (!(key2 === "title" || key2 === "url" || key2 === "kind")) {
                const err46 = { instancePath: instancePath + "/links/" + i4, schemaPath: "#/properties/links/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.links.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data16.title !== void 0) {
              let data17 = data16.title;
              if (typeof data17 === "string") {
                if (func3(data17) < 1) {
                  const err47 = { instancePath: instancePath + "/links/" + i4 + "/title", schemaPath: "#/properties/links/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.links.items.properties.title, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/links/" + i4 + "/title", schemaPath: "#/properties/links/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.links.items.properties.title.type, parentSchema: schema12.properties.links.items.properties.title, data: data17 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data16.url !== void 0) {
              let data18 = data16.url;
              if (typeof data18 === "string") {
                if (!pattern5.test(data18)) {
                  const err49 = { instancePath: instancePath + "/links/" + i4 + "/url", schemaPath: "#/properties/links/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema12.properties.links.items.properties.url, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/links/" + i4 + "/url", schemaPath: "#/properties/links/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.links.items.properties.url.type, parentSchema: schema12.properties.links.items.properties.url, data: data18 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data16.kind !== void 0) {
              let data19 = data16.kind;
              if (typeof data19 !== "string") {
                const err51 = { instancePath: instancePath + "/links/" + i4 + "/kind", schemaPath: "#/properties/links/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.links.items.properties.kind.type, parentSchema: schema12.properties.links.items.properties.kind, data: data19 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (!(data19 === "dashboard" || data19 === "design" || data19 === "runbook" || data19 === "ticket" || data19 === "other")) {
                const err52 = { instancePath: instancePath + "/links/" + i4 + "/kind", schemaPath: "#/properties/links/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema12.properties.links.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.links.items.properties.kind.enum, parentSchema: schema12.properties.links.items.properties.kind, data: data19 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/links/" + i4, schemaPath: "#/properties/links/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.links.items.type, parentSchema: schema12.properties.links.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.links.type, parentSchema: schema12.properties.links, data: data15 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.rollback !== void 0) {
      let data20 = data.rollback;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.plan === void 0) {
          const err55 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema12.properties.rollback.required, parentSchema: schema12.properties.rollback, data: data20 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data20.phase === void 0) {
          const err56 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'", schema: schema12.properties.rollback.required, parentSchema: schema12.properties.rollback, data: data20 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        for (const key3 in data20) {
          if (!(key3 === "plan" || key3 === "phase" || key3 === "environment" || key3 === "strategy" || key3 === "stepKinds" || key3 === "step" || key3 === "at")) {
            const err57 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.rollback, data: data20 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data20.plan !== void 0) {
          let data21 = data20.plan;
          if (typeof data21 === "string") {
            if (func3(data21) > 64) {
              const err58 = { instancePath: instancePath + "/rollback/plan", schemaPath: "#/properties/rollback/properties/plan/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.rollback.properties.plan, data: data21 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (!pattern0.test(data21)) {
              const err59 = { instancePath: instancePath + "/rollback/plan", schemaPath: "#/properties/rollback/properties/plan/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.rollback.properties.plan, data: data21 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/rollback/plan", schemaPath: "#/properties/rollback/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rollback.properties.plan.type, parentSchema: schema12.properties.rollback.properties.plan, data: data21 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data20.phase !== void 0) {
          let data22 = data20.phase;
          if (typeof data22 === "string") {
            if (func3(data22) > 64) {
              const err61 = { instancePath: instancePath + "/rollback/phase", schemaPath: "#/properties/rollback/properties/phase/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.rollback.properties.phase, data: data22 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (!pattern0.test(data22)) {
              const err62 = { instancePath: instancePath + "/rollback/phase", schemaPath: "#/properties/rollback/properties/phase/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.rollback.properties.phase, data: data22 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/rollback/phase", schemaPath: "#/properties/rollback/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rollback.properties.phase.type, parentSchema: schema12.properties.rollback.properties.phase, data: data22 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data20.environment !== void 0) {
          let data23 = data20.environment;
          if (typeof data23 !== "string") {
            const err64 = { instancePath: instancePath + "/rollback/environment", schemaPath: "#/properties/rollback/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rollback.properties.environment.type, parentSchema: schema12.properties.rollback.properties.environment, data: data23 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (!(data23 === "dev" || data23 === "test" || data23 === "staging" || data23 === "canary" || data23 === "production")) {
            const err65 = { instancePath: instancePath + "/rollback/environment", schemaPath: "#/properties/rollback/properties/environment/enum", keyword: "enum", params: { allowedValues: schema12.properties.rollback.properties.environment.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.rollback.properties.environment.enum, parentSchema: schema12.properties.rollback.properties.environment, data: data23 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data20.strategy !== void 0) {
          let data24 = data20.strategy;
          if (typeof data24 !== "string") {
            const err66 = { instancePath: instancePath + "/rollback/strategy", schemaPath: "#/properties/rollback/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rollback.properties.strategy.type, parentSchema: schema12.properties.rollback.properties.strategy, data: data24 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (!(data24 === "canary" || data24 === "rolling" || data24 === "blue-green" || data24 === "flag-ramp" || data24 === "shadow" || data24 === "migration")) {
            const err67 = { instancePath: instancePath + "/rollback/strategy", schemaPath: "#/properties/rollback/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema12.properties.rollback.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.rollback.properties.strategy.enum, parentSchema: schema12.properties.rollback.properties.strategy, data: data24 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data20.stepKinds !== void 0) {
          let data25 = data20.stepKinds;
          if (Array.isArray(data25)) {
            if (data25.length < 1) {
              const err68 = { instancePath: instancePath + "/rollback/stepKinds", schemaPath: "#/properties/rollback/properties/stepKinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.rollback.properties.stepKinds, data: data25 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            const len4 = data25.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data26 = data25[i5];
              if (typeof data26 !== "string") {
                const err69 = { instancePath: instancePath + "/rollback/stepKinds/" + i5, schemaPath: "#/properties/rollback/properties/stepKinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rollback.properties.stepKinds.items.type, parentSchema: schema12.properties.rollback.properties.stepKinds.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (!(data26 === "binary" || data26 === "config" || data26 === "flag" || data26 === "migration" || data26 === "test" || data26 === "manual")) {
                const err70 = { instancePath: instancePath + "/rollback/stepKinds/" + i5, schemaPath: "#/properties/rollback/properties/stepKinds/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.rollback.properties.stepKinds.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.rollback.properties.stepKinds.items.enum, parentSchema: schema12.properties.rollback.properties.stepKinds.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            let i6 = data25.length;
            let j1;
            if (i6 > 1) {
              const indices1 = {};
              for (; i6--; ) {
                let item1 = data25[i6];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err71 = { instancePath: instancePath + "/rollback/stepKinds", schemaPath: "#/properties/rollback/properties/stepKinds/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)", schema: true, parentSchema: schema12.properties.rollback.properties.stepKinds, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i6;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/rollback/stepKinds", schemaPath: "#/properties/rollback/properties/stepKinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.rollback.properties.stepKinds.type, parentSchema: schema12.properties.rollback.properties.stepKinds, data: data25 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data20.step !== void 0) {
          let data27 = data20.step;
          if (typeof data27 === "string") {
            if (func3(data27) > 64) {
              const err73 = { instancePath: instancePath + "/rollback/step", schemaPath: "#/properties/rollback/properties/step/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.rollback.properties.step, data: data27 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (!pattern0.test(data27)) {
              const err74 = { instancePath: instancePath + "/rollback/step", schemaPath: "#/properties/rollback/properties/step/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.rollback.properties.step, data: data27 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/rollback/step", schemaPath: "#/properties/rollback/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rollback.properties.step.type, parentSchema: schema12.properties.rollback.properties.step, data: data27 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data20.at !== void 0) {
          let data28 = data20.at;
          if (typeof data28 === "string") {
            if (!pattern61.test(data28)) {
              const err76 = { instancePath: instancePath + "/rollback/at", schemaPath: "#/properties/rollback/properties/at/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", parentSchema: schema12.properties.rollback.properties.at, data: data28 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/rollback/at", schemaPath: "#/properties/rollback/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rollback.properties.at.type, parentSchema: schema12.properties.rollback.properties.at, data: data28 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.rollback.type, parentSchema: schema12.properties.rollback, data: data20 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.guards !== void 0) {
      let data29 = data.guards;
      if (Array.isArray(data29)) {
        if (data29.length < 1) {
          const err79 = { instancePath: instancePath + "/guards", schemaPath: "#/properties/guards/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards, data: data29 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        const len5 = data29.length;
        for (let i7 = 0; i7 < len5; i7++) {
          let data30 = data29[i7];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.id === void 0) {
              const err80 = { instancePath: instancePath + "/guards/" + i7, schemaPath: "#/properties/guards/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.properties.guards.items.required, parentSchema: schema12.properties.guards.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data30.match === void 0) {
              const err81 = { instancePath: instancePath + "/guards/" + i7, schemaPath: "#/properties/guards/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema12.properties.guards.items.required, parentSchema: schema12.properties.guards.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            for (const key4 in data30) {
              if (!(key4 === "id" || key4 === "match" || key4 === "checklist" || key4 === "gate" || key4 === "freeze" || key4 === "raise")) {
                const err82 = { instancePath: instancePath + "/guards/" + i7, schemaPath: "#/properties/guards/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.guards.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data30.id !== void 0) {
              let data31 = data30.id;
              if (typeof data31 === "string") {
                if (func3(data31) > 48) {
                  const err83 = { instancePath: instancePath + "/guards/" + i7 + "/id", schemaPath: "#/properties/guards/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 48 }, message: "must NOT have more than 48 characters", schema: 48, parentSchema: schema12.properties.guards.items.properties.id, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                if (!pattern62.test(data31)) {
                  const err84 = { instancePath: instancePath + "/guards/" + i7 + "/id", schemaPath: "#/properties/guards/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(?:-[a-z0-9]+)*$", parentSchema: schema12.properties.guards.items.properties.id, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/guards/" + i7 + "/id", schemaPath: "#/properties/guards/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.id.type, parentSchema: schema12.properties.guards.items.properties.id, data: data31 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data30.match !== void 0) {
              let data32 = data30.match;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                for (const key5 in data32) {
                  if (!func2.call(schema12.properties.guards.items.properties.match.properties, key5)) {
                    const err86 = { instancePath: instancePath + "/guards/" + i7 + "/match", schemaPath: "#/properties/guards/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.guards.items.properties.match, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data32.services !== void 0) {
                  let data33 = data32.services;
                  if (Array.isArray(data33)) {
                    if (data33.length < 1) {
                      const err87 = { instancePath: instancePath + "/guards/" + i7 + "/match/services", schemaPath: "#/properties/guards/items/properties/match/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.services, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    const len6 = data33.length;
                    for (let i8 = 0; i8 < len6; i8++) {
                      let data34 = data33[i8];
                      if (typeof data34 === "string") {
                        if (func3(data34) > 64) {
                          const err88 = { instancePath: instancePath + "/guards/" + i7 + "/match/services/" + i8, schemaPath: "#/properties/guards/items/properties/match/properties/services/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.guards.items.properties.match.properties.services.items, data: data34 };
                          if (vErrors === null) {
                            vErrors = [err88];
                          } else {
                            vErrors.push(err88);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data34)) {
                          const err89 = { instancePath: instancePath + "/guards/" + i7 + "/match/services/" + i8, schemaPath: "#/properties/guards/items/properties/match/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.guards.items.properties.match.properties.services.items, data: data34 };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/guards/" + i7 + "/match/services/" + i8, schemaPath: "#/properties/guards/items/properties/match/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.services.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.services.items, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    let i9 = data33.length;
                    let j2;
                    if (i9 > 1) {
                      const indices2 = {};
                      for (; i9--; ) {
                        let item2 = data33[i9];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j2 = indices2[item2];
                          const err91 = { instancePath: instancePath + "/guards/" + i7 + "/match/services", schemaPath: "#/properties/guards/items/properties/match/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.services, data: data33 };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i9;
                      }
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/guards/" + i7 + "/match/services", schemaPath: "#/properties/guards/items/properties/match/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.services.type, parentSchema: schema12.properties.guards.items.properties.match.properties.services, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data32.tags !== void 0) {
                  let data35 = data32.tags;
                  if (Array.isArray(data35)) {
                    if (data35.length < 1) {
                      const err93 = { instancePath: instancePath + "/guards/" + i7 + "/match/tags", schemaPath: "#/properties/guards/items/properties/match/properties/tags/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.tags, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                    const len7 = data35.length;
                    for (let i10 = 0; i10 < len7; i10++) {
                      let data36 = data35[i10];
                      if (typeof data36 === "string") {
                        if (func3(data36) > 64) {
                          const err94 = { instancePath: instancePath + "/guards/" + i7 + "/match/tags/" + i10, schemaPath: "#/properties/guards/items/properties/match/properties/tags/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.guards.items.properties.match.properties.tags.items, data: data36 };
                          if (vErrors === null) {
                            vErrors = [err94];
                          } else {
                            vErrors.push(err94);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data36)) {
                          const err95 = { instancePath: instancePath + "/guards/" + i7 + "/match/tags/" + i10, schemaPath: "#/properties/guards/items/properties/match/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.guards.items.properties.match.properties.tags.items, data: data36 };
                          if (vErrors === null) {
                            vErrors = [err95];
                          } else {
                            vErrors.push(err95);
                          }
                          errors++;
                        }
                      } else {
                        const err96 = { instancePath: instancePath + "/guards/" + i7 + "/match/tags/" + i10, schemaPath: "#/properties/guards/items/properties/match/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.tags.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.tags.items, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                    let i11 = data35.length;
                    let j3;
                    if (i11 > 1) {
                      const indices3 = {};
                      for (; i11--; ) {
                        let item3 = data35[i11];
                        if (typeof item3 !== "string") {
                          continue;
                        }
                        if (typeof indices3[item3] == "number") {
                          j3 = indices3[item3];
                          const err97 = { instancePath: instancePath + "/guards/" + i7 + "/match/tags", schemaPath: "#/properties/guards/items/properties/match/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i11 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.tags, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                          break;
                        }
                        indices3[item3] = i11;
                      }
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/guards/" + i7 + "/match/tags", schemaPath: "#/properties/guards/items/properties/match/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.tags.type, parentSchema: schema12.properties.guards.items.properties.match.properties.tags, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data32.environments !== void 0) {
                  let data37 = data32.environments;
                  if (Array.isArray(data37)) {
                    if (data37.length < 1) {
                      const err99 = { instancePath: instancePath + "/guards/" + i7 + "/match/environments", schemaPath: "#/properties/guards/items/properties/match/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.environments, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                    const len8 = data37.length;
                    for (let i12 = 0; i12 < len8; i12++) {
                      let data38 = data37[i12];
                      if (typeof data38 !== "string") {
                        const err100 = { instancePath: instancePath + "/guards/" + i7 + "/match/environments/" + i12, schemaPath: "#/properties/guards/items/properties/match/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.environments.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.environments.items, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                      if (!(data38 === "dev" || data38 === "test" || data38 === "staging" || data38 === "canary" || data38 === "production")) {
                        const err101 = { instancePath: instancePath + "/guards/" + i7 + "/match/environments/" + i12, schemaPath: "#/properties/guards/items/properties/match/properties/environments/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.environments.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.environments.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.environments.items, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                    let i13 = data37.length;
                    let j4;
                    if (i13 > 1) {
                      const indices4 = {};
                      for (; i13--; ) {
                        let item4 = data37[i13];
                        if (typeof item4 !== "string") {
                          continue;
                        }
                        if (typeof indices4[item4] == "number") {
                          j4 = indices4[item4];
                          const err102 = { instancePath: instancePath + "/guards/" + i7 + "/match/environments", schemaPath: "#/properties/guards/items/properties/match/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i13 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.environments, data: data37 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                          break;
                        }
                        indices4[item4] = i13;
                      }
                    }
                  } else {
                    const err103 = { instancePath: instancePath + "/guards/" + i7 + "/match/environments", schemaPath: "#/properties/guards/items/properties/match/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.environments.type, parentSchema: schema12.properties.guards.items.properties.match.properties.environments, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data32.strategies !== void 0) {
                  let data39 = data32.strategies;
                  if (Array.isArray(data39)) {
                    if (data39.length < 1) {
                      const err104 = { instancePath: instancePath + "/guards/" + i7 + "/match/strategies", schemaPath: "#/properties/guards/items/properties/match/properties/strategies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.strategies, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                    const len9 = data39.length;
                    for (let i14 = 0; i14 < len9; i14++) {
                      let data40 = data39[i14];
                      if (typeof data40 !== "string") {
                        const err105 = { instancePath: instancePath + "/guards/" + i7 + "/match/strategies/" + i14, schemaPath: "#/properties/guards/items/properties/match/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.strategies.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.strategies.items, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                      if (!(data40 === "canary" || data40 === "rolling" || data40 === "blue-green" || data40 === "flag-ramp" || data40 === "shadow" || data40 === "migration")) {
                        const err106 = { instancePath: instancePath + "/guards/" + i7 + "/match/strategies/" + i14, schemaPath: "#/properties/guards/items/properties/match/properties/strategies/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.strategies.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.strategies.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.strategies.items, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err106];
                        } else {
                          vErrors.push(err106);
                        }
                        errors++;
                      }
                    }
                    let i15 = data39.length;
                    let j5;
                    if (i15 > 1) {
                      const indices5 = {};
                      for (; i15--; ) {
                        let item5 = data39[i15];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err107 = { instancePath: instancePath + "/guards/" + i7 + "/match/strategies", schemaPath: "#/properties/guards/items/properties/match/properties/strategies/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i15 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.strategies, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err107];
                          } else {
                            vErrors.push(err107);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i15;
                      }
                    }
                  } else {
                    const err108 = { instancePath: instancePath + "/guards/" + i7 + "/match/strategies", schemaPath: "#/properties/guards/items/properties/match/properties/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.strategies.type, parentSchema: schema12.properties.guards.items.properties.match.properties.strategies, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data32.stepKinds !== void 0) {
                  let data41 = data32.stepKinds;
                  if (Array.isArray(data41)) {
                    if (data41.length < 1) {
                      const err109 = { instancePath: instancePath + "/guards/" + i7 + "/match/stepKinds", schemaPath: "#/properties/guards/items/properties/match/properties/stepKinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.stepKinds, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                    const len10 = data41.length;
                    for (let i16 = 0; i16 < len10; i16++) {
                      let data42 = data41[i16];
                      if (typeof data42 !== "string") {
                        const err110 = { instancePath: instancePath + "/guards/" + i7 + "/match/stepKinds/" + i16, schemaPath: "#/properties/guards/items/properties/match/properties/stepKinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.stepKinds.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.stepKinds.items, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                      if (!(data42 === "binary" || data42 === "config" || data42 === "flag" || data42 === "migration" || data42 === "test" || data42 === "manual")) {
                        const err111 = { instancePath: instancePath + "/guards/" + i7 + "/match/stepKinds/" + i16, schemaPath: "#/properties/guards/items/properties/match/properties/stepKinds/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.stepKinds.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.stepKinds.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.stepKinds.items, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                    }
                    let i17 = data41.length;
                    let j6;
                    if (i17 > 1) {
                      const indices6 = {};
                      for (; i17--; ) {
                        let item6 = data41[i17];
                        if (typeof item6 !== "string") {
                          continue;
                        }
                        if (typeof indices6[item6] == "number") {
                          j6 = indices6[item6];
                          const err112 = { instancePath: instancePath + "/guards/" + i7 + "/match/stepKinds", schemaPath: "#/properties/guards/items/properties/match/properties/stepKinds/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i17 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.stepKinds, data: data41 };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                          break;
                        }
                        indices6[item6] = i17;
                      }
                    }
                  } else {
                    const err113 = { instancePath: instancePath + "/guards/" + i7 + "/match/stepKinds", schemaPath: "#/properties/guards/items/properties/match/properties/stepKinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.stepKinds.type, parentSchema: schema12.properties.guards.items.properties.match.properties.stepKinds, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data32.breaking !== void 0) {
                  let data43 = data32.breaking;
                  if (typeof data43 !== "boolean") {
                    const err114 = { instancePath: instancePath + "/guards/" + i7 + "/match/breaking", schemaPath: "#/properties/guards/items/properties/match/properties/breaking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.match.properties.breaking.type, parentSchema: schema12.properties.guards.items.properties.match.properties.breaking, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data32.migrations !== void 0) {
                  let data44 = data32.migrations;
                  if (typeof data44 !== "boolean") {
                    const err115 = { instancePath: instancePath + "/guards/" + i7 + "/match/migrations", schemaPath: "#/properties/guards/items/properties/match/properties/migrations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.match.properties.migrations.type, parentSchema: schema12.properties.guards.items.properties.match.properties.migrations, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data32.irreversible !== void 0) {
                  let data45 = data32.irreversible;
                  if (typeof data45 !== "boolean") {
                    const err116 = { instancePath: instancePath + "/guards/" + i7 + "/match/irreversible", schemaPath: "#/properties/guards/items/properties/match/properties/irreversible/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.match.properties.irreversible.type, parentSchema: schema12.properties.guards.items.properties.match.properties.irreversible, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data32.audienceUnits !== void 0) {
                  let data46 = data32.audienceUnits;
                  if (Array.isArray(data46)) {
                    if (data46.length < 1) {
                      const err117 = { instancePath: instancePath + "/guards/" + i7 + "/match/audienceUnits", schemaPath: "#/properties/guards/items/properties/match/properties/audienceUnits/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.audienceUnits, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                    const len11 = data46.length;
                    for (let i18 = 0; i18 < len11; i18++) {
                      let data47 = data46[i18];
                      if (typeof data47 !== "string") {
                        const err118 = { instancePath: instancePath + "/guards/" + i7 + "/match/audienceUnits/" + i18, schemaPath: "#/properties/guards/items/properties/match/properties/audienceUnits/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.audienceUnits.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.audienceUnits.items, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                      if (!(data47 === "requests" || data47 === "users" || data47 === "sessions" || data47 === "hosts" || data47 === "pods" || data47 === "cells" || data47 === "regions" || data47 === "installs")) {
                        const err119 = { instancePath: instancePath + "/guards/" + i7 + "/match/audienceUnits/" + i18, schemaPath: "#/properties/guards/items/properties/match/properties/audienceUnits/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.audienceUnits.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.audienceUnits.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.audienceUnits.items, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                    let i19 = data46.length;
                    let j7;
                    if (i19 > 1) {
                      const indices7 = {};
                      for (; i19--; ) {
                        let item7 = data46[i19];
                        if (typeof item7 !== "string") {
                          continue;
                        }
                        if (typeof indices7[item7] == "number") {
                          j7 = indices7[item7];
                          const err120 = { instancePath: instancePath + "/guards/" + i7 + "/match/audienceUnits", schemaPath: "#/properties/guards/items/properties/match/properties/audienceUnits/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i19 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.audienceUnits, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                          break;
                        }
                        indices7[item7] = i19;
                      }
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/guards/" + i7 + "/match/audienceUnits", schemaPath: "#/properties/guards/items/properties/match/properties/audienceUnits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.audienceUnits.type, parentSchema: schema12.properties.guards.items.properties.match.properties.audienceUnits, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data32.except !== void 0) {
                  let data48 = data32.except;
                  if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    if (Object.keys(data48).length < 1) {
                      const err122 = { instancePath: instancePath + "/guards/" + i7 + "/match/except", schemaPath: "#/properties/guards/items/properties/match/properties/except/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.except, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                    for (const key6 in data48) {
                      if (!func2.call(schema12.properties.guards.items.properties.match.properties.except.properties, key6)) {
                        const err123 = { instancePath: instancePath + "/guards/" + i7 + "/match/except", schemaPath: "#/properties/guards/items/properties/match/properties/except/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.guards.items.properties.match.properties.except, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                    if (data48.services !== void 0) {
                      let data49 = data48.services;
                      if (Array.isArray(data49)) {
                        if (data49.length < 1) {
                          const err124 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/services", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.services, data: data49 };
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                        const len12 = data49.length;
                        for (let i20 = 0; i20 < len12; i20++) {
                          let data50 = data49[i20];
                          if (typeof data50 === "string") {
                            if (func3(data50) > 64) {
                              const err125 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/services/" + i20, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/services/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.services.items, data: data50 };
                              if (vErrors === null) {
                                vErrors = [err125];
                              } else {
                                vErrors.push(err125);
                              }
                              errors++;
                            }
                            if (!pattern0.test(data50)) {
                              const err126 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/services/" + i20, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.services.items, data: data50 };
                              if (vErrors === null) {
                                vErrors = [err126];
                              } else {
                                vErrors.push(err126);
                              }
                              errors++;
                            }
                          } else {
                            const err127 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/services/" + i20, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.except.properties.services.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.services.items, data: data50 };
                            if (vErrors === null) {
                              vErrors = [err127];
                            } else {
                              vErrors.push(err127);
                            }
                            errors++;
                          }
                        }
                        let i21 = data49.length;
                        let j8;
                        if (i21 > 1) {
                          const indices8 = {};
                          for (; i21--; ) {
                            let item8 = data49[i21];
                            if (typeof item8 !== "string") {
                              continue;
                            }
                            if (typeof indices8[item8] == "number") {
                              j8 = indices8[item8];
                              const err128 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/services", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i21 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.services, data: data49 };
                              if (vErrors === null) {
                                vErrors = [err128];
                              } else {
                                vErrors.push(err128);
                              }
                              errors++;
                              break;
                            }
                            indices8[item8] = i21;
                          }
                        }
                      } else {
                        const err129 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/services", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.except.properties.services.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.services, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                    if (data48.tags !== void 0) {
                      let data51 = data48.tags;
                      if (Array.isArray(data51)) {
                        if (data51.length < 1) {
                          const err130 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/tags", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/tags/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.tags, data: data51 };
                          if (vErrors === null) {
                            vErrors = [err130];
                          } else {
                            vErrors.push(err130);
                          }
                          errors++;
                        }
                        const len13 = data51.length;
                        for (let i22 = 0; i22 < len13; i22++) {
                          let data52 = data51[i22];
                          if (typeof data52 === "string") {
                            if (func3(data52) > 64) {
                              const err131 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/tags/" + i22, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/tags/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.tags.items, data: data52 };
                              if (vErrors === null) {
                                vErrors = [err131];
                              } else {
                                vErrors.push(err131);
                              }
                              errors++;
                            }
                            if (!pattern0.test(data52)) {
                              const err132 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/tags/" + i22, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.tags.items, data: data52 };
                              if (vErrors === null) {
                                vErrors = [err132];
                              } else {
                                vErrors.push(err132);
                              }
                              errors++;
                            }
                          } else {
                            const err133 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/tags/" + i22, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.except.properties.tags.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.tags.items, data: data52 };
                            if (vErrors === null) {
                              vErrors = [err133];
                            } else {
                              vErrors.push(err133);
                            }
                            errors++;
                          }
                        }
                        let i23 = data51.length;
                        let j9;
                        if (i23 > 1) {
                          const indices9 = {};
                          for (; i23--; ) {
                            let item9 = data51[i23];
                            if (typeof item9 !== "string") {
                              continue;
                            }
                            if (typeof indices9[item9] == "number") {
                              j9 = indices9[item9];
                              const err134 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/tags", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i23 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.tags, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err134];
                              } else {
                                vErrors.push(err134);
                              }
                              errors++;
                              break;
                            }
                            indices9[item9] = i23;
                          }
                        }
                      } else {
                        const err135 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/tags", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.except.properties.tags.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.tags, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                    }
                    if (data48.environments !== void 0) {
                      let data53 = data48.environments;
                      if (Array.isArray(data53)) {
                        if (data53.length < 1) {
                          const err136 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/environments", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.environments, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                        const len14 = data53.length;
                        for (let i24 = 0; i24 < len14; i24++) {
                          let data54 = data53[i24];
                          if (typeof data54 !== "string") {
                            const err137 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/environments/" + i24, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.except.properties.environments.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.environments.items, data: data54 };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                          }
                          if (!(data54 === "dev" || data54 === "test" || data54 === "staging" || data54 === "canary" || data54 === "production")) {
                            const err138 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/environments/" + i24, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/environments/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.except.properties.environments.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.except.properties.environments.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.environments.items, data: data54 };
                            if (vErrors === null) {
                              vErrors = [err138];
                            } else {
                              vErrors.push(err138);
                            }
                            errors++;
                          }
                        }
                        let i25 = data53.length;
                        let j10;
                        if (i25 > 1) {
                          const indices10 = {};
                          for (; i25--; ) {
                            let item10 = data53[i25];
                            if (typeof item10 !== "string") {
                              continue;
                            }
                            if (typeof indices10[item10] == "number") {
                              j10 = indices10[item10];
                              const err139 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/environments", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i25 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.environments, data: data53 };
                              if (vErrors === null) {
                                vErrors = [err139];
                              } else {
                                vErrors.push(err139);
                              }
                              errors++;
                              break;
                            }
                            indices10[item10] = i25;
                          }
                        }
                      } else {
                        const err140 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/environments", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.except.properties.environments.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.environments, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                    }
                    if (data48.strategies !== void 0) {
                      let data55 = data48.strategies;
                      if (Array.isArray(data55)) {
                        if (data55.length < 1) {
                          const err141 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/strategies", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/strategies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err141];
                          } else {
                            vErrors.push(err141);
                          }
                          errors++;
                        }
                        const len15 = data55.length;
                        for (let i26 = 0; i26 < len15; i26++) {
                          let data56 = data55[i26];
                          if (typeof data56 !== "string") {
                            const err142 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/strategies/" + i26, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies.items, data: data56 };
                            if (vErrors === null) {
                              vErrors = [err142];
                            } else {
                              vErrors.push(err142);
                            }
                            errors++;
                          }
                          if (!(data56 === "canary" || data56 === "rolling" || data56 === "blue-green" || data56 === "flag-ramp" || data56 === "shadow" || data56 === "migration")) {
                            const err143 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/strategies/" + i26, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/strategies/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.except.properties.strategies.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies.items, data: data56 };
                            if (vErrors === null) {
                              vErrors = [err143];
                            } else {
                              vErrors.push(err143);
                            }
                            errors++;
                          }
                        }
                        let i27 = data55.length;
                        let j11;
                        if (i27 > 1) {
                          const indices11 = {};
                          for (; i27--; ) {
                            let item11 = data55[i27];
                            if (typeof item11 !== "string") {
                              continue;
                            }
                            if (typeof indices11[item11] == "number") {
                              j11 = indices11[item11];
                              const err144 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/strategies", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/strategies/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i27 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies, data: data55 };
                              if (vErrors === null) {
                                vErrors = [err144];
                              } else {
                                vErrors.push(err144);
                              }
                              errors++;
                              break;
                            }
                            indices11[item11] = i27;
                          }
                        }
                      } else {
                        const err145 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/strategies", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.strategies, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data48.stepKinds !== void 0) {
                      let data57 = data48.stepKinds;
                      if (Array.isArray(data57)) {
                        if (data57.length < 1) {
                          const err146 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/stepKinds", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/stepKinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                        }
                        const len16 = data57.length;
                        for (let i28 = 0; i28 < len16; i28++) {
                          let data58 = data57[i28];
                          if (typeof data58 !== "string") {
                            const err147 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/stepKinds/" + i28, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/stepKinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds.items, data: data58 };
                            if (vErrors === null) {
                              vErrors = [err147];
                            } else {
                              vErrors.push(err147);
                            }
                            errors++;
                          }
                          if (!(data58 === "binary" || data58 === "config" || data58 === "flag" || data58 === "migration" || data58 === "test" || data58 === "manual")) {
                            const err148 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/stepKinds/" + i28, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/stepKinds/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds.items, data: data58 };
                            if (vErrors === null) {
                              vErrors = [err148];
                            } else {
                              vErrors.push(err148);
                            }
                            errors++;
                          }
                        }
                        let i29 = data57.length;
                        let j12;
                        if (i29 > 1) {
                          const indices12 = {};
                          for (; i29--; ) {
                            let item12 = data57[i29];
                            if (typeof item12 !== "string") {
                              continue;
                            }
                            if (typeof indices12[item12] == "number") {
                              j12 = indices12[item12];
                              const err149 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/stepKinds", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/stepKinds/uniqueItems", keyword: "uniqueItems", params: { i: i29, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i29 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds, data: data57 };
                              if (vErrors === null) {
                                vErrors = [err149];
                              } else {
                                vErrors.push(err149);
                              }
                              errors++;
                              break;
                            }
                            indices12[item12] = i29;
                          }
                        }
                      } else {
                        const err150 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/stepKinds", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/stepKinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.stepKinds, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                    if (data48.breaking !== void 0) {
                      let data59 = data48.breaking;
                      if (typeof data59 !== "boolean") {
                        const err151 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/breaking", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/breaking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.match.properties.except.properties.breaking.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.breaking, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data48.migrations !== void 0) {
                      let data60 = data48.migrations;
                      if (typeof data60 !== "boolean") {
                        const err152 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/migrations", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/migrations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.match.properties.except.properties.migrations.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.migrations, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                    }
                    if (data48.irreversible !== void 0) {
                      let data61 = data48.irreversible;
                      if (typeof data61 !== "boolean") {
                        const err153 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/irreversible", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/irreversible/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.match.properties.except.properties.irreversible.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.irreversible, data: data61 };
                        if (vErrors === null) {
                          vErrors = [err153];
                        } else {
                          vErrors.push(err153);
                        }
                        errors++;
                      }
                    }
                    if (data48.audienceUnits !== void 0) {
                      let data62 = data48.audienceUnits;
                      if (Array.isArray(data62)) {
                        if (data62.length < 1) {
                          const err154 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/audienceUnits", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/audienceUnits/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                        const len17 = data62.length;
                        for (let i30 = 0; i30 < len17; i30++) {
                          let data63 = data62[i30];
                          if (typeof data63 !== "string") {
                            const err155 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/audienceUnits/" + i30, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/audienceUnits/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits.items.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits.items, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          }
                          if (!(data63 === "requests" || data63 === "users" || data63 === "sessions" || data63 === "hosts" || data63 === "pods" || data63 === "cells" || data63 === "regions" || data63 === "installs")) {
                            const err156 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/audienceUnits/" + i30, schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/audienceUnits/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits.items.enum, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits.items, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err156];
                            } else {
                              vErrors.push(err156);
                            }
                            errors++;
                          }
                        }
                        let i31 = data62.length;
                        let j13;
                        if (i31 > 1) {
                          const indices13 = {};
                          for (; i31--; ) {
                            let item13 = data62[i31];
                            if (typeof item13 !== "string") {
                              continue;
                            }
                            if (typeof indices13[item13] == "number") {
                              j13 = indices13[item13];
                              const err157 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/audienceUnits", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/audienceUnits/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i31 + " are identical)", schema: true, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits, data: data62 };
                              if (vErrors === null) {
                                vErrors = [err157];
                              } else {
                                vErrors.push(err157);
                              }
                              errors++;
                              break;
                            }
                            indices13[item13] = i31;
                          }
                        }
                      } else {
                        const err158 = { instancePath: instancePath + "/guards/" + i7 + "/match/except/audienceUnits", schemaPath: "#/properties/guards/items/properties/match/properties/except/properties/audienceUnits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except.properties.audienceUnits, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err159 = { instancePath: instancePath + "/guards/" + i7 + "/match/except", schemaPath: "#/properties/guards/items/properties/match/properties/except/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.guards.items.properties.match.properties.except.type, parentSchema: schema12.properties.guards.items.properties.match.properties.except, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
              } else {
                const err160 = { instancePath: instancePath + "/guards/" + i7 + "/match", schemaPath: "#/properties/guards/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.guards.items.properties.match.type, parentSchema: schema12.properties.guards.items.properties.match, data: data32 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data30.checklist !== void 0) {
              let data64 = data30.checklist;
              if (typeof data64 === "string") {
                if (func3(data64) < 1) {
                  const err161 = { instancePath: instancePath + "/guards/" + i7 + "/checklist", schemaPath: "#/properties/guards/items/properties/checklist/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.guards.items.properties.checklist, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              } else {
                const err162 = { instancePath: instancePath + "/guards/" + i7 + "/checklist", schemaPath: "#/properties/guards/items/properties/checklist/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.checklist.type, parentSchema: schema12.properties.guards.items.properties.checklist, data: data64 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data30.gate !== void 0) {
              let data65 = data30.gate;
              if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                for (const key7 in data65) {
                  if (!func2.call(schema12.properties.guards.items.properties.gate.properties, key7)) {
                    const err163 = { instancePath: instancePath + "/guards/" + i7 + "/gate", schemaPath: "#/properties/guards/items/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.guards.items.properties.gate, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                }
                if (data65.metric !== void 0) {
                  let data66 = data65.metric;
                  if (typeof data66 !== "string") {
                    const err164 = { instancePath: instancePath + "/guards/" + i7 + "/gate/metric", schemaPath: "#/properties/guards/items/properties/gate/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.metric.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.metric, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
                if (data65.compare !== void 0) {
                  let data67 = data65.compare;
                  if (typeof data67 !== "string") {
                    const err165 = { instancePath: instancePath + "/guards/" + i7 + "/gate/compare", schemaPath: "#/properties/guards/items/properties/gate/properties/compare/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.compare.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.compare, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                  if (!(data67 === "absolute" || data67 === "baseline" || data67 === "week-over-week")) {
                    const err166 = { instancePath: instancePath + "/guards/" + i7 + "/gate/compare", schemaPath: "#/properties/guards/items/properties/gate/properties/compare/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.gate.properties.compare.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.gate.properties.compare.enum, parentSchema: schema12.properties.guards.items.properties.gate.properties.compare, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
                if (data65.max !== void 0) {
                  let data68 = data65.max;
                  if (!(typeof data68 == "number" && isFinite(data68))) {
                    const err167 = { instancePath: instancePath + "/guards/" + i7 + "/gate/max", schemaPath: "#/properties/guards/items/properties/gate/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.guards.items.properties.gate.properties.max.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.max, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
                if (data65.min !== void 0) {
                  let data69 = data65.min;
                  if (!(typeof data69 == "number" && isFinite(data69))) {
                    const err168 = { instancePath: instancePath + "/guards/" + i7 + "/gate/min", schemaPath: "#/properties/guards/items/properties/gate/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.guards.items.properties.gate.properties.min.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.min, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
                if (data65.baseline !== void 0) {
                  let data70 = data65.baseline;
                  if (typeof data70 === "string") {
                    if (func3(data70) < 1) {
                      const err169 = { instancePath: instancePath + "/guards/" + i7 + "/gate/baseline", schemaPath: "#/properties/guards/items/properties/gate/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.baseline, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err169];
                      } else {
                        vErrors.push(err169);
                      }
                      errors++;
                    }
                  } else {
                    const err170 = { instancePath: instancePath + "/guards/" + i7 + "/gate/baseline", schemaPath: "#/properties/guards/items/properties/gate/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.baseline.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.baseline, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
                if (data65.maxRegression !== void 0) {
                  let data71 = data65.maxRegression;
                  if (typeof data71 === "string") {
                    if (!pattern31.test(data71)) {
                      const err171 = { instancePath: instancePath + "/guards/" + i7 + "/gate/maxRegression", schemaPath: "#/properties/guards/items/properties/gate/properties/maxRegression/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"', schema: "^[0-9]+(\\.[0-9]+)?%$", parentSchema: schema12.properties.guards.items.properties.gate.properties.maxRegression, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                  } else {
                    const err172 = { instancePath: instancePath + "/guards/" + i7 + "/gate/maxRegression", schemaPath: "#/properties/guards/items/properties/gate/properties/maxRegression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.maxRegression.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.maxRegression, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
                if (data65.rollbackAt !== void 0) {
                  let data72 = data65.rollbackAt;
                  if (!(typeof data72 == "number" && isFinite(data72))) {
                    const err173 = { instancePath: instancePath + "/guards/" + i7 + "/gate/rollbackAt", schemaPath: "#/properties/guards/items/properties/gate/properties/rollbackAt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.guards.items.properties.gate.properties.rollbackAt.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.rollbackAt, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
                if (data65.window !== void 0) {
                  let data73 = data65.window;
                  if (typeof data73 === "string") {
                    if (!pattern6.test(data73)) {
                      const err174 = { instancePath: instancePath + "/guards/" + i7 + "/gate/window", schemaPath: "#/properties/guards/items/properties/gate/properties/window/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema12.properties.guards.items.properties.gate.properties.window, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                  } else {
                    const err175 = { instancePath: instancePath + "/guards/" + i7 + "/gate/window", schemaPath: "#/properties/guards/items/properties/gate/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.window.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.window, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
                if (data65.query !== void 0) {
                  let data74 = data65.query;
                  if (typeof data74 === "string") {
                    if (func3(data74) < 1) {
                      const err176 = { instancePath: instancePath + "/guards/" + i7 + "/gate/query", schemaPath: "#/properties/guards/items/properties/gate/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.query, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    }
                  } else {
                    const err177 = { instancePath: instancePath + "/guards/" + i7 + "/gate/query", schemaPath: "#/properties/guards/items/properties/gate/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.query.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.query, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                }
                if (data65.maxAge !== void 0) {
                  let data75 = data65.maxAge;
                  if (typeof data75 === "string") {
                    if (!pattern6.test(data75)) {
                      const err178 = { instancePath: instancePath + "/guards/" + i7 + "/gate/maxAge", schemaPath: "#/properties/guards/items/properties/gate/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema12.properties.guards.items.properties.gate.properties.maxAge, data: data75 };
                      if (vErrors === null) {
                        vErrors = [err178];
                      } else {
                        vErrors.push(err178);
                      }
                      errors++;
                    }
                  } else {
                    const err179 = { instancePath: instancePath + "/guards/" + i7 + "/gate/maxAge", schemaPath: "#/properties/guards/items/properties/gate/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.maxAge.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.maxAge, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                }
                if (data65.analysis !== void 0) {
                  let data76 = data65.analysis;
                  if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                    for (const key8 in data76) {
                      if (!(key8 === "interval" || key8 === "failureLimit" || key8 === "inconclusiveLimit")) {
                        const err180 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                    }
                    if (data76.interval !== void 0) {
                      let data77 = data76.interval;
                      if (typeof data77 === "string") {
                        if (!pattern6.test(data77)) {
                          const err181 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/interval", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wdhm])+$" }, message: 'must match pattern "^([0-9]+[wdhm])+$"', schema: "^([0-9]+[wdhm])+$", parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.interval, data: data77 };
                          if (vErrors === null) {
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                        }
                      } else {
                        const err182 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/interval", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.interval.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.interval, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    if (data76.failureLimit !== void 0) {
                      let data78 = data76.failureLimit;
                      if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)) && isFinite(data78))) {
                        const err183 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/failureLimit", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/failureLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.failureLimit.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.failureLimit, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                      if (typeof data78 == "number" && isFinite(data78)) {
                        if (data78 > 100 || isNaN(data78)) {
                          const err184 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/failureLimit", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/failureLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.failureLimit, data: data78 };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                        if (data78 < 1 || isNaN(data78)) {
                          const err185 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/failureLimit", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/failureLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.failureLimit, data: data78 };
                          if (vErrors === null) {
                            vErrors = [err185];
                          } else {
                            vErrors.push(err185);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data76.inconclusiveLimit !== void 0) {
                      let data79 = data76.inconclusiveLimit;
                      if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79)) && isFinite(data79))) {
                        const err186 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/inconclusiveLimit", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/inconclusiveLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.inconclusiveLimit.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.inconclusiveLimit, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                      if (typeof data79 == "number" && isFinite(data79)) {
                        if (data79 > 100 || isNaN(data79)) {
                          const err187 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/inconclusiveLimit", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/inconclusiveLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.inconclusiveLimit, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err187];
                          } else {
                            vErrors.push(err187);
                          }
                          errors++;
                        }
                        if (data79 < 1 || isNaN(data79)) {
                          const err188 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis/inconclusiveLimit", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/properties/inconclusiveLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis.properties.inconclusiveLimit, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err188];
                          } else {
                            vErrors.push(err188);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err189 = { instancePath: instancePath + "/guards/" + i7 + "/gate/analysis", schemaPath: "#/properties/guards/items/properties/gate/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.guards.items.properties.gate.properties.analysis.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.analysis, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                }
                if (data65.check !== void 0) {
                  let data80 = data65.check;
                  if (typeof data80 === "string") {
                    if (func3(data80) < 1) {
                      const err190 = { instancePath: instancePath + "/guards/" + i7 + "/gate/check", schemaPath: "#/properties/guards/items/properties/gate/properties/check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.check, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                  } else {
                    const err191 = { instancePath: instancePath + "/guards/" + i7 + "/gate/check", schemaPath: "#/properties/guards/items/properties/gate/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.check.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.check, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                }
                if (data65.signoff !== void 0) {
                  let data81 = data65.signoff;
                  if (Array.isArray(data81)) {
                    if (data81.length < 1) {
                      const err192 = { instancePath: instancePath + "/guards/" + i7 + "/gate/signoff", schemaPath: "#/properties/guards/items/properties/gate/properties/signoff/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.signoff, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err192];
                      } else {
                        vErrors.push(err192);
                      }
                      errors++;
                    }
                    const len18 = data81.length;
                    for (let i32 = 0; i32 < len18; i32++) {
                      let data82 = data81[i32];
                      if (typeof data82 === "string") {
                        if (!pattern1.test(data82)) {
                          const err193 = { instancePath: instancePath + "/guards/" + i7 + "/gate/signoff/" + i32, schemaPath: "#/properties/guards/items/properties/gate/properties/signoff/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema12.properties.guards.items.properties.gate.properties.signoff.items, data: data82 };
                          if (vErrors === null) {
                            vErrors = [err193];
                          } else {
                            vErrors.push(err193);
                          }
                          errors++;
                        }
                      } else {
                        const err194 = { instancePath: instancePath + "/guards/" + i7 + "/gate/signoff/" + i32, schemaPath: "#/properties/guards/items/properties/gate/properties/signoff/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.signoff.items.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.signoff.items, data: data82 };
                        if (vErrors === null) {
                          vErrors = [err194];
                        } else {
                          vErrors.push(err194);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err195 = { instancePath: instancePath + "/guards/" + i7 + "/gate/signoff", schemaPath: "#/properties/guards/items/properties/gate/properties/signoff/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.items.properties.gate.properties.signoff.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.signoff, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                }
                if (data65.count !== void 0) {
                  let data83 = data65.count;
                  if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)) && isFinite(data83))) {
                    const err196 = { instancePath: instancePath + "/guards/" + i7 + "/gate/count", schemaPath: "#/properties/guards/items/properties/gate/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.guards.items.properties.gate.properties.count.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.count, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                  if (typeof data83 == "number" && isFinite(data83)) {
                    if (data83 < 1 || isNaN(data83)) {
                      const err197 = { instancePath: instancePath + "/guards/" + i7 + "/gate/count", schemaPath: "#/properties/guards/items/properties/gate/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.count, data: data83 };
                      if (vErrors === null) {
                        vErrors = [err197];
                      } else {
                        vErrors.push(err197);
                      }
                      errors++;
                    }
                  }
                }
                if (data65.allowAuthor !== void 0) {
                  let data84 = data65.allowAuthor;
                  if (typeof data84 !== "boolean") {
                    const err198 = { instancePath: instancePath + "/guards/" + i7 + "/gate/allowAuthor", schemaPath: "#/properties/guards/items/properties/gate/properties/allowAuthor/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.gate.properties.allowAuthor.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.allowAuthor, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err198];
                    } else {
                      vErrors.push(err198);
                    }
                    errors++;
                  }
                }
                if (data65.manual !== void 0) {
                  let data85 = data65.manual;
                  if (typeof data85 === "string") {
                    if (func3(data85) < 1) {
                      const err199 = { instancePath: instancePath + "/guards/" + i7 + "/gate/manual", schemaPath: "#/properties/guards/items/properties/gate/properties/manual/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.guards.items.properties.gate.properties.manual, data: data85 };
                      if (vErrors === null) {
                        vErrors = [err199];
                      } else {
                        vErrors.push(err199);
                      }
                      errors++;
                    }
                  } else {
                    const err200 = { instancePath: instancePath + "/guards/" + i7 + "/gate/manual", schemaPath: "#/properties/guards/items/properties/gate/properties/manual/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.gate.properties.manual.type, parentSchema: schema12.properties.guards.items.properties.gate.properties.manual, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                }
              } else {
                const err201 = { instancePath: instancePath + "/guards/" + i7 + "/gate", schemaPath: "#/properties/guards/items/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.guards.items.properties.gate.type, parentSchema: schema12.properties.guards.items.properties.gate, data: data65 };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
            if (data30.freeze !== void 0) {
              let data86 = data30.freeze;
              if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                if (data86.before === void 0) {
                  const err202 = { instancePath: instancePath + "/guards/" + i7 + "/freeze", schemaPath: "#/properties/guards/items/properties/freeze/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'", schema: schema12.properties.guards.items.properties.freeze.required, parentSchema: schema12.properties.guards.items.properties.freeze, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
                if (data86.lead === void 0) {
                  const err203 = { instancePath: instancePath + "/guards/" + i7 + "/freeze", schemaPath: "#/properties/guards/items/properties/freeze/required", keyword: "required", params: { missingProperty: "lead" }, message: "must have required property 'lead'", schema: schema12.properties.guards.items.properties.freeze.required, parentSchema: schema12.properties.guards.items.properties.freeze, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err203];
                  } else {
                    vErrors.push(err203);
                  }
                  errors++;
                }
                if (data86.reason === void 0) {
                  const err204 = { instancePath: instancePath + "/guards/" + i7 + "/freeze", schemaPath: "#/properties/guards/items/properties/freeze/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema12.properties.guards.items.properties.freeze.required, parentSchema: schema12.properties.guards.items.properties.freeze, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err204];
                  } else {
                    vErrors.push(err204);
                  }
                  errors++;
                }
                for (const key9 in data86) {
                  if (!(key9 === "before" || key9 === "lead" || key9 === "reason" || key9 === "allowHotfix")) {
                    const err205 = { instancePath: instancePath + "/guards/" + i7 + "/freeze", schemaPath: "#/properties/guards/items/properties/freeze/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.guards.items.properties.freeze, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                }
                if (data86.before !== void 0) {
                  let data87 = data86.before;
                  if (typeof data87 === "string") {
                    if (func3(data87) > 64) {
                      const err206 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/before", schemaPath: "#/properties/guards/items/properties/freeze/properties/before/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema12.properties.guards.items.properties.freeze.properties.before, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err206];
                      } else {
                        vErrors.push(err206);
                      }
                      errors++;
                    }
                    if (!pattern72.test(data87)) {
                      const err207 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/before", schemaPath: "#/properties/guards/items/properties/freeze/properties/before/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9*][a-z0-9*-]*$" }, message: 'must match pattern "^[a-z0-9*][a-z0-9*-]*$"', schema: "^[a-z0-9*][a-z0-9*-]*$", parentSchema: schema12.properties.guards.items.properties.freeze.properties.before, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err207];
                      } else {
                        vErrors.push(err207);
                      }
                      errors++;
                    }
                  } else {
                    const err208 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/before", schemaPath: "#/properties/guards/items/properties/freeze/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.freeze.properties.before.type, parentSchema: schema12.properties.guards.items.properties.freeze.properties.before, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
                if (data86.lead !== void 0) {
                  let data88 = data86.lead;
                  if (typeof data88 === "string") {
                    if (!pattern73.test(data88)) {
                      const err209 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/lead", schemaPath: "#/properties/guards/items/properties/freeze/properties/lead/pattern", keyword: "pattern", params: { pattern: "^([0-9]+[wd])+$" }, message: 'must match pattern "^([0-9]+[wd])+$"', schema: "^([0-9]+[wd])+$", parentSchema: schema12.properties.guards.items.properties.freeze.properties.lead, data: data88 };
                      if (vErrors === null) {
                        vErrors = [err209];
                      } else {
                        vErrors.push(err209);
                      }
                      errors++;
                    }
                  } else {
                    const err210 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/lead", schemaPath: "#/properties/guards/items/properties/freeze/properties/lead/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.freeze.properties.lead.type, parentSchema: schema12.properties.guards.items.properties.freeze.properties.lead, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err210];
                    } else {
                      vErrors.push(err210);
                    }
                    errors++;
                  }
                }
                if (data86.reason !== void 0) {
                  let data89 = data86.reason;
                  if (typeof data89 === "string") {
                    if (func3(data89) < 1) {
                      const err211 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/reason", schemaPath: "#/properties/guards/items/properties/freeze/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.guards.items.properties.freeze.properties.reason, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors++;
                    }
                  } else {
                    const err212 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/reason", schemaPath: "#/properties/guards/items/properties/freeze/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.freeze.properties.reason.type, parentSchema: schema12.properties.guards.items.properties.freeze.properties.reason, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err212];
                    } else {
                      vErrors.push(err212);
                    }
                    errors++;
                  }
                }
                if (data86.allowHotfix !== void 0) {
                  let data90 = data86.allowHotfix;
                  if (typeof data90 !== "boolean") {
                    const err213 = { instancePath: instancePath + "/guards/" + i7 + "/freeze/allowHotfix", schemaPath: "#/properties/guards/items/properties/freeze/properties/allowHotfix/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.guards.items.properties.freeze.properties.allowHotfix.type, parentSchema: schema12.properties.guards.items.properties.freeze.properties.allowHotfix, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err213];
                    } else {
                      vErrors.push(err213);
                    }
                    errors++;
                  }
                }
              } else {
                const err214 = { instancePath: instancePath + "/guards/" + i7 + "/freeze", schemaPath: "#/properties/guards/items/properties/freeze/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.guards.items.properties.freeze.type, parentSchema: schema12.properties.guards.items.properties.freeze, data: data86 };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
            }
            if (data30.raise !== void 0) {
              let data91 = data30.raise;
              if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                if (data91.rule === void 0) {
                  const err215 = { instancePath: instancePath + "/guards/" + i7 + "/raise", schemaPath: "#/properties/guards/items/properties/raise/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema12.properties.guards.items.properties.raise.required, parentSchema: schema12.properties.guards.items.properties.raise, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err215];
                  } else {
                    vErrors.push(err215);
                  }
                  errors++;
                }
                if (data91.to === void 0) {
                  const err216 = { instancePath: instancePath + "/guards/" + i7 + "/raise", schemaPath: "#/properties/guards/items/properties/raise/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema12.properties.guards.items.properties.raise.required, parentSchema: schema12.properties.guards.items.properties.raise, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err216];
                  } else {
                    vErrors.push(err216);
                  }
                  errors++;
                }
                for (const key10 in data91) {
                  if (!(key10 === "rule" || key10 === "to")) {
                    const err217 = { instancePath: instancePath + "/guards/" + i7 + "/raise", schemaPath: "#/properties/guards/items/properties/raise/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.guards.items.properties.raise, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  }
                }
                if (data91.rule !== void 0) {
                  let data92 = data91.rule;
                  if (typeof data92 === "string") {
                    if (func3(data92) < 1) {
                      const err218 = { instancePath: instancePath + "/guards/" + i7 + "/raise/rule", schemaPath: "#/properties/guards/items/properties/raise/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.guards.items.properties.raise.properties.rule, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err218];
                      } else {
                        vErrors.push(err218);
                      }
                      errors++;
                    }
                  } else {
                    const err219 = { instancePath: instancePath + "/guards/" + i7 + "/raise/rule", schemaPath: "#/properties/guards/items/properties/raise/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.raise.properties.rule.type, parentSchema: schema12.properties.guards.items.properties.raise.properties.rule, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err219];
                    } else {
                      vErrors.push(err219);
                    }
                    errors++;
                  }
                }
                if (data91.to !== void 0) {
                  let data93 = data91.to;
                  if (typeof data93 !== "string") {
                    const err220 = { instancePath: instancePath + "/guards/" + i7 + "/raise/to", schemaPath: "#/properties/guards/items/properties/raise/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.guards.items.properties.raise.properties.to.type, parentSchema: schema12.properties.guards.items.properties.raise.properties.to, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                  if (!(data93 === "warning" || data93 === "error")) {
                    const err221 = { instancePath: instancePath + "/guards/" + i7 + "/raise/to", schemaPath: "#/properties/guards/items/properties/raise/properties/to/enum", keyword: "enum", params: { allowedValues: schema12.properties.guards.items.properties.raise.properties.to.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.guards.items.properties.raise.properties.to.enum, parentSchema: schema12.properties.guards.items.properties.raise.properties.to, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err221];
                    } else {
                      vErrors.push(err221);
                    }
                    errors++;
                  }
                }
              } else {
                const err222 = { instancePath: instancePath + "/guards/" + i7 + "/raise", schemaPath: "#/properties/guards/items/properties/raise/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.guards.items.properties.raise.type, parentSchema: schema12.properties.guards.items.properties.raise, data: data91 };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            }
          } else {
            const err223 = { instancePath: instancePath + "/guards/" + i7, schemaPath: "#/properties/guards/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.guards.items.type, parentSchema: schema12.properties.guards.items, data: data30 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
      } else {
        const err224 = { instancePath: instancePath + "/guards", schemaPath: "#/properties/guards/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.guards.type, parentSchema: schema12.properties.guards, data: data29 };
        if (vErrors === null) {
          vErrors = [err224];
        } else {
          vErrors.push(err224);
        }
        errors++;
      }
    }
  } else {
    const err225 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err225];
    } else {
      vErrors.push(err225);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
});
var schema13 = { "additionalProperties": false, "title": "Rollbook repository configuration", "type": "object", "properties": { "$schema": { "type": "string" }, "plans": { "description": "Files, directories or globs holding rollout plans. Default: playbooks.", "type": "array", "items": { "minLength": 1, "type": "string" } }, "lessons": { "minLength": 1, "description": "Directory of lesson files. Default: playbooks/lessons.", "type": "string" }, "lessonSources": { "description": "Other repositories whose lessons guard these plans too, read through the GitHub API. Name a shared lesson in a waiver as owner/name#L-\u2026.", "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["repository"], "properties": { "repository": { "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", "description": "The repository holding the lessons, as owner/name (e.g. acme/incident-lessons).", "type": "string" }, "ref": { "minLength": 1, "pattern": "^[^\\s~^:?*\\[\\\\]+$", "description": "A tag, branch or commit to read the lessons at. Default: the head of the repository\u2019s default branch. Pin a tag or a commit so a lesson changes your gates only when you move the pin.", "type": "string" }, "path": { "minLength": 1, "description": "Directory of lesson files in that repository. Default: playbooks/lessons.", "type": "string" } } } }, "templates": { "minLength": 1, "description": "Directory whose templates and partials override the built-in ones.", "type": "string" }, "rules": { "description": "Severity per lint rule id.", "type": "object", "patternProperties": { "^[a-z][a-z0-9-]*$": { "type": "string", "enum": ["error", "warning", "off"], "description": "error fails validation, warning reports only, off disables the rule." } } }, "calendar": { "additionalProperties": false, "type": "object", "properties": { "noFridays": { "description": "Never start a phase on a Friday. Default true.", "type": "boolean" }, "noWeekends": { "description": "Never start a phase on a Saturday or Sunday. Default: the same as noFridays (true).", "type": "boolean" } } } } };
var pattern74 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", "u");
var pattern75 = new RegExp("^[^\\s~^:?*\\[\\\\]+$", "u");
var pattern76 = new RegExp("^[a-z][a-z0-9-]*$", "u");
var validate12 = (function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "plans" || key0 === "lessons" || key0 === "lessonSources" || key0 === "templates" || key0 === "rules" || key0 === "calendar")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.$schema.type, parentSchema: schema13.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.plans !== void 0) {
      let data1 = data.plans;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err2 = { instancePath: instancePath + "/plans/" + i0, schemaPath: "#/properties/plans/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.plans.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/plans/" + i0, schemaPath: "#/properties/plans/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.plans.items.type, parentSchema: schema13.properties.plans.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/plans", schemaPath: "#/properties/plans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.plans.type, parentSchema: schema13.properties.plans, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lessons !== void 0) {
      let data3 = data.lessons;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err5 = { instancePath: instancePath + "/lessons", schemaPath: "#/properties/lessons/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.lessons, data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/lessons", schemaPath: "#/properties/lessons/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.lessons.type, parentSchema: schema13.properties.lessons, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.lessonSources !== void 0) {
      let data4 = data.lessonSources;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.repository === void 0) {
              const err7 = { instancePath: instancePath + "/lessonSources/" + i1, schemaPath: "#/properties/lessonSources/items/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema13.properties.lessonSources.items.required, parentSchema: schema13.properties.lessonSources.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "repository" || key1 === "ref" || key1 === "path")) {
                const err8 = { instancePath: instancePath + "/lessonSources/" + i1, schemaPath: "#/properties/lessonSources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.lessonSources.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data5.repository !== void 0) {
              let data6 = data5.repository;
              if (typeof data6 === "string") {
                if (!pattern74.test(data6)) {
                  const err9 = { instancePath: instancePath + "/lessonSources/" + i1 + "/repository", schemaPath: "#/properties/lessonSources/items/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", parentSchema: schema13.properties.lessonSources.items.properties.repository, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/lessonSources/" + i1 + "/repository", schemaPath: "#/properties/lessonSources/items/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.lessonSources.items.properties.repository.type, parentSchema: schema13.properties.lessonSources.items.properties.repository, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data5.ref !== void 0) {
              let data7 = data5.ref;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err11 = { instancePath: instancePath + "/lessonSources/" + i1 + "/ref", schemaPath: "#/properties/lessonSources/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.lessonSources.items.properties.ref, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (!pattern75.test(data7)) {
                  const err12 = { instancePath: instancePath + "/lessonSources/" + i1 + "/ref", schemaPath: "#/properties/lessonSources/items/properties/ref/pattern", keyword: "pattern", params: { pattern: "^[^\\s~^:?*\\[\\\\]+$" }, message: 'must match pattern "^[^\\s~^:?*\\[\\\\]+$"', schema: "^[^\\s~^:?*\\[\\\\]+$", parentSchema: schema13.properties.lessonSources.items.properties.ref, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/lessonSources/" + i1 + "/ref", schemaPath: "#/properties/lessonSources/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.lessonSources.items.properties.ref.type, parentSchema: schema13.properties.lessonSources.items.properties.ref, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.path !== void 0) {
              let data8 = data5.path;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err14 = { instancePath: instancePath + "/lessonSources/" + i1 + "/path", schemaPath: "#/properties/lessonSources/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.lessonSources.items.properties.path, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/lessonSources/" + i1 + "/path", schemaPath: "#/properties/lessonSources/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.lessonSources.items.properties.path.type, parentSchema: schema13.properties.lessonSources.items.properties.path, data: data8 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/lessonSources/" + i1, schemaPath: "#/properties/lessonSources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.lessonSources.items.type, parentSchema: schema13.properties.lessonSources.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/lessonSources", schemaPath: "#/properties/lessonSources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.lessonSources.type, parentSchema: schema13.properties.lessonSources, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      let data9 = data.templates;
      if (typeof data9 === "string") {
        if (func3(data9) < 1) {
          const err18 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.templates, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.templates.type, parentSchema: schema13.properties.templates, data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data10 = data.rules;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key2 in data10) {
          if (pattern76.test(key2)) {
            let data11 = data10[key2];
            if (typeof data11 !== "string") {
              const err20 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9-%5D*%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.rules.patternProperties["^[a-z][a-z0-9-]*$"].type, parentSchema: schema13.properties.rules.patternProperties["^[a-z][a-z0-9-]*$"], data: data11 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (!(data11 === "error" || data11 === "warning" || data11 === "off")) {
              const err21 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9-%5D*%24/enum", keyword: "enum", params: { allowedValues: schema13.properties.rules.patternProperties["^[a-z][a-z0-9-]*$"].enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.rules.patternProperties["^[a-z][a-z0-9-]*$"].enum, parentSchema: schema13.properties.rules.patternProperties["^[a-z][a-z0-9-]*$"], data: data11 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.rules.type, parentSchema: schema13.properties.rules, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data12 = data.calendar;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key3 in data12) {
          if (!(key3 === "noFridays" || key3 === "noWeekends")) {
            const err23 = { instancePath: instancePath + "/calendar", schemaPath: "#/properties/calendar/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.calendar, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data12.noFridays !== void 0) {
          let data13 = data12.noFridays;
          if (typeof data13 !== "boolean") {
            const err24 = { instancePath: instancePath + "/calendar/noFridays", schemaPath: "#/properties/calendar/properties/noFridays/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.calendar.properties.noFridays.type, parentSchema: schema13.properties.calendar.properties.noFridays, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data12.noWeekends !== void 0) {
          let data14 = data12.noWeekends;
          if (typeof data14 !== "boolean") {
            const err25 = { instancePath: instancePath + "/calendar/noWeekends", schemaPath: "#/properties/calendar/properties/noWeekends/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.calendar.properties.noWeekends.type, parentSchema: schema13.properties.calendar.properties.noWeekends, data: data14 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/calendar", schemaPath: "#/properties/calendar/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.calendar.type, parentSchema: schema13.properties.calendar, data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
});
var validateRolloutPlan = validate10;
var validateLesson = validate11;
var validateRollbookConfig = validate12;
var PRECOMPILED = /* @__PURE__ */ new Map([[RolloutPlan, validateRolloutPlan], [Lesson, validateLesson], [RollbookConfig, validateRollbookConfig]]);
function validatorFor(schema4) {
  const validate = PRECOMPILED.get(schema4);
  if (!validate) throw new Error("no precompiled validator for this schema: add it to VALIDATED in scripts/precompiled-validators.ts");
  return validate;
}

// action/src/plan/salvage.ts
var MAX_SALVAGE_ROUNDS = 16;
var isContainer = (value) => typeof value === "object" && value !== null;
function copy(value) {
  if (Array.isArray(value)) return value.map(copy);
  if (!isContainer(value)) return value;
  const out = Object.create(Object.getPrototypeOf(value));
  for (const [key, child2] of Object.entries(value)) out[key] = copy(child2);
  return out;
}
function targetOf(error) {
  const path = pointerToPath(error.instancePath);
  if (error.keyword === "additionalProperties") {
    return [...path, error.params.additionalProperty];
  }
  return path;
}
var keyOf = (path) => JSON.stringify(path);
var STAND_INS = {
  metadata: { name: "name-missing", title: "-" },
  story: { problem: "-", size: "-", solution: "-" },
  compatibility: { breaking: false }
};
function fillStandIn(root, error) {
  if (error.keyword !== "required") return void 0;
  const path = pointerToPath(error.instancePath);
  const section = path.length === 1 ? path[0] : void 0;
  const missing = error.params.missingProperty;
  const standIns = typeof section === "string" && Object.hasOwn(STAND_INS, section) ? STAND_INS[section] : void 0;
  if (!standIns || !Object.hasOwn(standIns, missing)) return void 0;
  const holder = root[section];
  if (!isContainer(holder) || Array.isArray(holder) || Object.hasOwn(holder, missing)) return void 0;
  holder[missing] = standIns[missing];
  return [section, missing];
}
function findingInFile(salvaged, finding) {
  const path = salvaged.toFilePath(finding.path);
  if (salvaged.touchesRemoved(path)) return void 0;
  if (finding.restsOn && salvaged.touchesRemoved(salvaged.toFilePath(finding.restsOn))) return void 0;
  return {
    ...finding,
    path,
    ...finding.firstAt ? { firstAt: salvaged.toFilePath(finding.firstAt) } : {}
  };
}
function overlapTest(removed) {
  const removedKeys = new Set(removed.map(keyOf));
  const holdingKeys = new Set(removed.flatMap((r) => r.map((_, i) => keyOf(r.slice(0, i)))));
  const objectsWithFieldRemoved = new Set(
    removed.filter((r) => typeof r.at(-1) === "string").map((r) => keyOf(r.slice(0, -1)))
  );
  return (path) => holdingKeys.has(keyOf(path)) || path.length > 0 && objectsWithFieldRemoved.has(keyOf(path.slice(0, -1))) || path.some((_, i) => removedKeys.has(keyOf(path.slice(0, i + 1))));
}
function salvagePlan(data, errors) {
  if (!isContainer(data) || Array.isArray(data)) return void 0;
  const validate = validatorFor(RolloutPlan);
  const root = copy(data);
  const originals = /* @__PURE__ */ new WeakMap();
  const removed = [];
  let overlaps;
  const toFilePath = (path) => {
    const out = [];
    let node = root;
    for (const segment of path) {
      const index = Array.isArray(node) && typeof segment === "number" ? originals.get(node)?.[segment] : void 0;
      out.push(index ?? segment);
      node = isContainer(node) ? node[segment] : void 0;
    }
    return out;
  };
  for (let round = 0; round < MAX_SALVAGE_ROUNDS; round++) {
    const known = round === 0 && errors && errors.length > 0 ? errors : void 0;
    if (!known && validate(root)) {
      return {
        plan: root,
        removed,
        toFilePath,
        // Built on the first finding to check: most salvaged plans have none.
        touchesRemoved: (path) => {
          overlaps ??= overlapTest(removed);
          return overlaps(path);
        }
      };
    }
    const targets = [];
    let filled = false;
    for (const error of known ?? validate.errors ?? []) {
      const standIn = fillStandIn(root, error);
      if (standIn) {
        removed.push(standIn);
        filled = true;
      } else targets.push(targetOf(error));
    }
    if (targets.some((t) => t.length === 0)) return void 0;
    const fromArrays = /* @__PURE__ */ new Map();
    const fromObjects = [];
    const seen = /* @__PURE__ */ new Set();
    for (const target of targets) {
      const key = keyOf(target);
      if (seen.has(key)) continue;
      seen.add(key);
      let parent = root;
      for (const segment of target.slice(0, -1)) {
        parent = isContainer(parent) ? parent[segment] : void 0;
      }
      const last = target.at(-1);
      if (Array.isArray(parent) && typeof last === "number" && last < parent.length) {
        if (!fromArrays.has(parent)) fromArrays.set(parent, /* @__PURE__ */ new Set());
        fromArrays.get(parent).add(last);
      } else if (isContainer(parent) && !Array.isArray(parent) && Object.hasOwn(parent, last)) {
        fromObjects.push([parent, String(last)]);
      } else continue;
      removed.push(toFilePath(target));
    }
    if (!filled && fromArrays.size === 0 && fromObjects.length === 0) return void 0;
    for (const [object, key] of fromObjects) delete object[key];
    for (const [array, indexes2] of fromArrays) {
      const before = originals.get(array) ?? array.map((_, i) => i);
      let write = 0;
      for (let read = 0; read < array.length; read++) {
        if (indexes2.has(read)) continue;
        array[write] = array[read];
        before[write] = before[read];
        write++;
      }
      array.length = write;
      before.length = write;
      originals.set(array, before);
    }
  }
  return void 0;
}

// action/src/plan/schedule-check.ts
function timeZoneFindings(zone) {
  if (isKnownTimeZone(zone)) return [];
  return [
    {
      path: ["schedule", "timeZone"],
      code: "ref/unknown-time-zone",
      message: `"${zone}" is not a time zone this platform knows`,
      expected: "an IANA time zone name such as Europe/Berlin, America/New_York or UTC",
      hint: didYouMean(zone, knownTimeZones()) ?? 'see the "TZ identifier" column of the tz database list'
    }
  ];
}
function checkSchedule(plan) {
  const schedule = plan.schedule;
  if (!schedule) return [];
  const out = schedule.timeZone === void 0 ? [] : timeZoneFindings(schedule.timeZone);
  (schedule.windows ?? []).forEach((window, w) => {
    const at = ["schedule", "windows", w];
    const hours = windowHours(window);
    const from = parseClock(hours.from);
    const to = parseClock(hours.to);
    if (from !== void 0 && to !== void 0 && from >= to) {
      out.push({
        path: [...at, window.to === void 0 ? "from" : "to"],
        code: "ref/window-hours",
        message: `this change window closes (${hours.to}) before or when it opens (${hours.from}), so it never opens`,
        expected: "`to:` after `from:` on the same day",
        hint: "for a window across midnight, declare two: one up to 24:00 and one from 00:00 on the next days"
      });
    }
    (window.environments ?? []).forEach((environment, e) => {
      if (ENVIRONMENT_ORDER.includes(environment)) return;
      out.push({
        path: [...at, "environments", e],
        code: "ref/unknown-environment",
        message: `change window names environment "${environment}", which no phase can have`,
        expected: `one of ${ENVIRONMENT_ORDER.join(", ")}`,
        hint: didYouMean(environment, ENVIRONMENT_ORDER) ?? "use the `environment:` of the phases the window is for"
      });
    });
  });
  if (schedule.finishBefore !== void 0) {
    const parsed = parsePlanTime(schedule.finishBefore, planTimeZone(plan), true);
    if (!parsed.ok) {
      out.push({
        path: ["schedule", "finishBefore"],
        code: "ref/bad-date",
        message: `${schedule.finishBefore} ${parsed.error}`,
        expected: "a real date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM, in the plan's time zone unless it ends in Z or an offset)",
        hint: 'write a date such as "2026-12-01", or a time such as "2026-11-27T17:00"'
      });
    }
  }
  return out;
}

// action/src/plan/crossref.ts
function rampGoesDown(phase, before, stage) {
  const a = rampExposure(phase, before);
  const b = rampExposure(phase, stage);
  if (a.of !== b.of && a.overall !== void 0 && b.overall !== void 0) return b.overall < a.overall;
  return stage.percent < before.percent;
}
function duplicates(items, idOf, at, what) {
  const firstSeen = /* @__PURE__ */ new Map();
  const out = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    const first = firstSeen.get(id);
    if (first === void 0) firstSeen.set(id, index);
    else
      out.push({
        path: at(index),
        code: "ref/duplicate-id",
        message: `${what} "${id}" is defined twice`,
        firstAt: at(first),
        expected: `a unique ${what}`,
        hint: `rename one of them; ids are how Rollbook keeps ticks and history, so keep the one already in use`
      });
  });
  return out;
}
function checkGate(plan, gate, path) {
  const out = [];
  const kinds = gateKindsOf(gate);
  if (kinds.length !== 1) {
    out.push({
      path,
      code: "ref/gate-kind",
      message: kinds.length === 0 ? "this gate says nothing to check" : `this gate mixes ${kinds.join(" and ")}`,
      expected: "exactly one of metric, check, signoff or manual",
      hint: kinds.length === 0 ? "add e.g. `metric: error_rate` with `max:`" : "split it into one gate per kind"
    });
    return out;
  }
  const classified = classifyGate(gate);
  const metricNames = Object.keys(plan.metrics);
  if (classified.kind === "metric") {
    const { metric } = classified.gate;
    const catalogued = own(plan.metrics, metric);
    if (catalogued === void 0) {
      out.push({
        path: [...path, "metric"],
        code: "ref/unknown-metric",
        message: `gate refers to metric "${metric}", which is not in the metrics catalogue`,
        expected: metricNames.length ? `one of ${listOf(metricNames)}` : "a metric defined under `metrics:`",
        hint: didYouMean(metric, metricNames) ?? "define it under `metrics:` first"
      });
    }
    const compare = compareMode(gate);
    if (compare === "absolute" && !hasThreshold(gate)) {
      out.push({
        path,
        code: "ref/gate-threshold",
        message: "this absolute metric gate has no threshold",
        expected: "`max:`, `min:` or `rollbackAt:`",
        hint: "add `max: 0.001` (hold above) or `min: 0.98` (hold below)"
      });
    }
    if (compare !== "absolute" && gate.maxRegression === void 0) {
      out.push({
        path,
        code: "ref/gate-threshold",
        message: `a ${compare} gate needs the regression it tolerates`,
        expected: "`maxRegression:` such as `10%`",
        hint: "add `maxRegression: 10%`"
      });
    }
    const known = catalogued === void 0 ? void 0 : { name: metric, direction: metricDirection(catalogued) };
    out.push(...checkThresholdOrder(gate, known, path));
    out.push(...checkMaxRegressionRead(gate, path, "ref/gate-field"));
    if (compare === "baseline" && gate.baseline === void 0) {
      out.push({
        path,
        code: "ref/gate-baseline",
        message: "a baseline gate needs the control query to compare against",
        expected: "`baseline:` with a query for the stable fleet or control group",
        hint: 'add e.g. `baseline: sum(rate(errors{track="stable"}[1h]))`'
      });
    }
    if (compare !== "baseline" && gate.baseline !== void 0) {
      out.push({
        path: [...path, "baseline"],
        anchor: "key",
        code: "ref/gate-field",
        message: "`baseline:` is only read when `compare: baseline`",
        expected: "`compare: baseline`, or no `baseline:`",
        hint: "add `compare: baseline` or remove the baseline query"
      });
    }
  } else {
    for (const field of METRIC_ONLY_FIELDS) {
      if (gate[field] !== void 0) {
        out.push({
          path: [...path, field],
          anchor: "key",
          code: "ref/gate-field",
          message: `\`${field}:\` only applies to metric gates`,
          expected: `a metric gate, or no \`${field}:\``,
          hint: `remove \`${field}:\` or make this a metric gate`
        });
      }
    }
  }
  if (gate.count !== void 0 && classified.kind !== "signoff") {
    out.push({
      path: [...path, "count"],
      anchor: "key",
      code: "ref/gate-field",
      message: "`count:` only applies to sign-off gates",
      expected: "a `signoff:` list",
      hint: 'remove `count:`, or make this a sign-off gate: `{signoff: ["@a", "@b"], count: 1}`'
    });
  }
  if (classified.kind === "signoff" && gate.count !== void 0) {
    const approvers = classified.gate.signoff;
    const onlyUsers = approvers.every((h) => !h.includes("/"));
    if (onlyUsers && gate.count > approvers.length) {
      out.push({
        path: [...path, "count"],
        code: "ref/signoff-count",
        message: `needs ${plural(gate.count, "sign-off")} but names only ${plural(approvers.length, "approver")}`,
        expected: `a count of at most ${approvers.length}, or a team of approvers`,
        hint: "lower the count or add approvers (a team such as @org/sre-leads counts each member)"
      });
    }
  }
  return out;
}
function crossReference(plan) {
  const out = [];
  const flagKeys = (plan.flags ?? []).map((f) => f.key);
  const migrationIds = (plan.compatibility.migrations ?? []).map((m) => m.id);
  const metricNames = Object.keys(plan.metrics);
  const phaseIds = plan.phases.map((p) => p.id);
  const reserved = reservedPlanName(plan.metadata.name);
  if (reserved) {
    out.push({
      path: ["metadata", "name"],
      code: "ref/reserved-name",
      message: `${reserved}, so a plan called so has no runbook`,
      expected: 'a plan name other than "index"',
      hint: 'name the plan after what it rolls out, e.g. "checkout-v2"; the name is its id in labels and links'
    });
  }
  out.push(
    ...duplicates(
      plan.phases,
      (p) => p.id,
      (i) => ["phases", i, "id"],
      "phase id"
    )
  );
  out.push(
    ...duplicates(
      plan.flags ?? [],
      (f) => f.key,
      (i) => ["flags", i, "key"],
      "flag key"
    )
  );
  out.push(
    ...duplicates(
      plan.freezes ?? [],
      (f) => f.name,
      (i) => ["freezes", i, "name"],
      "freeze name"
    )
  );
  out.push(
    ...duplicates(
      plan.compatibility.migrations ?? [],
      (m) => m.id,
      (i) => ["compatibility", "migrations", i, "id"],
      "migration id"
    )
  );
  plan.story.impact.forEach((impact, i) => {
    if (impact.metric !== void 0 && own(plan.metrics, impact.metric) === void 0) {
      out.push({
        path: ["story", "impact", i, "metric"],
        code: "ref/unknown-metric",
        message: `impact refers to metric "${impact.metric}", which is not in the metrics catalogue`,
        expected: metricNames.length ? `one of ${listOf(metricNames)}` : "a metric defined under `metrics:`",
        hint: didYouMean(impact.metric, metricNames) ?? "define it under `metrics:` first, or remove `metric:`"
      });
    }
  });
  (plan.readiness?.monitoring?.metrics ?? []).forEach((metric, i) => {
    if (own(plan.metrics, metric) === void 0) {
      out.push({
        path: ["readiness", "monitoring", "metrics", i],
        code: "ref/unknown-metric",
        message: `readiness monitoring names metric "${metric}", which is not in the metrics catalogue`,
        expected: metricNames.length ? `one of ${listOf(metricNames)}` : "a metric defined under `metrics:`",
        hint: didYouMean(metric, metricNames) ?? "define it under `metrics:` first"
      });
    }
  });
  (plan.freezes ?? []).forEach((freeze, i) => {
    const at = ["freezes", i];
    const dated = freeze.from !== void 0 || freeze.to !== void 0;
    if (!dated && !freeze.every) {
      out.push({
        path: at,
        code: "ref/freeze-when",
        message: `freeze "${freeze.name}" never applies`,
        expected: "`from:` and `to:` dates, or `every:` weekdays",
        hint: "add `from: 2026-12-20` and `to: 2027-01-04`, or `every: [fri]`"
      });
    }
    if (dated && (freeze.from === void 0 || freeze.to === void 0)) {
      out.push({
        path: at,
        code: "ref/freeze-when",
        message: `freeze "${freeze.name}" has ${freeze.from ? "a start but no end" : "an end but no start"}`,
        expected: "both `from:` and `to:`",
        hint: `add \`${freeze.from ? "to" : "from"}:\` (YYYY-MM-DD), or use \`every:\` for a freeze that recurs`
      });
    }
    for (const key of ["from", "to"]) {
      const value = freeze[key];
      if (value !== void 0 && !isRealDay(value)) {
        out.push({
          path: [...at, key],
          code: "ref/bad-date",
          message: `${value} is not a calendar date`,
          expected: "a real date, YYYY-MM-DD",
          hint: calendarDateHint(value)
        });
      }
    }
    if (freeze.from && freeze.to && isRealDay(freeze.from) && isRealDay(freeze.to) && freeze.from > freeze.to) {
      out.push({
        path: [...at, "to"],
        code: "ref/freeze-when",
        message: `freeze "${freeze.name}" ends (${freeze.to}) before it starts (${freeze.from})`,
        expected: "`to:` on or after `from:`",
        hint: "swap `from:` and `to:`, or correct the date that is wrong"
      });
    }
  });
  let furthest = -1;
  let furthestPhase = "";
  plan.phases.forEach((phase, p) => {
    const phasePath = ["phases", p];
    const rank2 = ENVIRONMENT_ORDER.indexOf(phase.environment);
    if (rank2 < furthest) {
      out.push({
        path: [...phasePath, "environment"],
        code: "ref/phase-order",
        message: `phase "${phase.id}" goes back to ${phase.environment} after phase "${furthestPhase}" reached ${ENVIRONMENT_ORDER[furthest]}`,
        expected: `phases ordered by growing blast radius: ${ENVIRONMENT_ORDER.join(" \u2192 ")}`,
        hint: "move this phase earlier, or split the plan"
      });
    } else if (rank2 > furthest) {
      furthest = rank2;
      furthestPhase = phase.id;
    }
    out.push(
      ...duplicates(
        phase.steps,
        (s) => s.id,
        (i) => [...phasePath, "steps", i, "id"],
        "step id"
      )
    );
    const checklistIds = (phase.checklist ?? []).flatMap(
      (item, i) => typeof item === "string" ? [] : [{ id: item.id, i }]
    );
    out.push(
      ...duplicates(
        checklistIds,
        (c) => c.id,
        (i) => [...phasePath, "checklist", checklistIds[i].i, "id"],
        "checklist id"
      )
    );
    const gateIds = (phase.gates ?? []).flatMap((g, i) => g.id ? [{ id: g.id, i }] : []);
    out.push(
      ...duplicates(
        gateIds,
        (g) => g.id,
        (i) => [...phasePath, "gates", gateIds[i].i, "id"],
        "gate id"
      )
    );
    phase.steps.forEach((step, s) => {
      const stepPath = [...phasePath, "steps", s];
      if (step.kind === "flag") {
        if (step.flag === void 0) {
          out.push({
            path: stepPath,
            code: "ref/flag-step",
            message: `flag step "${step.id}" does not say which flag it changes`,
            expected: flagKeys.length ? `\`flag:\` with one of ${listOf(flagKeys)}` : "`flag:` naming a flag from `flags:`",
            hint: "add `flag: <key>` and a `ramp:`"
          });
        }
        if (step.ramp === void 0) {
          out.push({
            path: stepPath,
            code: "ref/flag-step",
            message: `flag step "${step.id}" has no ramp`,
            expected: "`ramp:` \u2014 a list of `{percent, cohort}`",
            hint: "add `ramp: [{percent: 1, cohort: employees}]`"
          });
        }
      } else {
        for (const field of ["flag", "ramp"]) {
          if (step[field] !== void 0) {
            out.push({
              path: [...stepPath, field],
              anchor: "key",
              code: "ref/step-field",
              message: `\`${field}:\` only applies to steps of kind flag, but this step is ${step.kind}`,
              expected: "`kind: flag`",
              hint: "set `kind: flag`, or remove the field"
            });
          }
        }
      }
      if (step.flag !== void 0 && !flagKeys.includes(step.flag)) {
        out.push({
          path: [...stepPath, "flag"],
          code: "ref/unknown-flag",
          message: `step refers to flag "${step.flag}", which is not declared under \`flags:\``,
          expected: flagKeys.length ? `one of ${listOf(flagKeys)}` : "a flag declared under `flags:`",
          hint: didYouMean(step.flag, flagKeys) ?? "declare it under `flags:` with `default: off`"
        });
      }
      if (step.ramp) {
        step.ramp.forEach((stage, r) => {
          const before = step.ramp[r - 1];
          if (before && rampGoesDown(phase, before, stage)) {
            out.push({
              path: [...stepPath, "ramp", r, "percent"],
              code: "ref/ramp-order",
              message: `the ramp goes down from ${rampText(before)} to ${rampText(stage)}`,
              expected: "percentages that grow step by step",
              hint: "a ramp-down is a rollback: describe it under `rollback:`"
            });
          }
        });
      }
      if (step.kind === "migration") {
        if (step.migration === void 0) {
          out.push({
            path: stepPath,
            code: "ref/migration-step",
            message: `migration step "${step.id}" does not say which migration it runs`,
            expected: migrationIds.length ? `\`migration:\` with one of ${listOf(migrationIds)}` : "`migration:` naming an entry of compatibility.migrations",
            hint: "describe the migration under `compatibility.migrations` (throttle, backup) and reference its id"
          });
        }
      }
      if (step.migration !== void 0 && !migrationIds.includes(step.migration)) {
        out.push({
          path: [...stepPath, "migration"],
          code: "ref/unknown-migration",
          message: `step refers to migration "${step.migration}", which is not under compatibility.migrations`,
          expected: migrationIds.length ? `one of ${listOf(migrationIds)}` : "a migration under compatibility.migrations",
          hint: didYouMean(step.migration, migrationIds)
        });
      }
    });
    (phase.gates ?? []).forEach((gate, g) => {
      out.push(...checkGate(plan, gate, [...phasePath, "gates", g]));
    });
    out.push(...checkStages(phase, phasePath));
  });
  out.push(...checkQueries(plan));
  (plan.waive ?? []).forEach((waiver, w) => {
    const at = ["waive", w];
    if (waiver.rule === void 0 === (waiver.lesson === void 0)) {
      out.push({
        path: at,
        code: "ref/waiver",
        message: "a waiver names exactly one rule or one lesson",
        expected: "`rule: <rule id>` or `lesson: <lesson id>`, with a `reason:`",
        hint: "give each rule or lesson its own entry under `waive:`; `rollbook explain` lists the rules"
      });
    }
    (waiver.phases ?? []).forEach((id, i) => {
      if (!phaseIds.includes(id)) {
        out.push({
          path: [...at, "phases", i],
          code: "ref/unknown-phase",
          message: `waiver names phase "${id}", which this plan does not have`,
          expected: `one of ${listOf(phaseIds)}`,
          hint: didYouMean(id, phaseIds)
        });
      }
    });
  });
  out.push(...checkSchedule(plan));
  return out;
}
var ON_SALVAGED_PLAN = {
  "ref/unknown-metric": ["metrics"],
  "ref/unknown-flag": ["flags"],
  "ref/unknown-migration": ["compatibility"],
  "ref/unknown-phase": ["phases"],
  "ref/duplicate-id": [],
  "ref/reserved-name": ["metadata"],
  "ref/gate-kind": [],
  "ref/gate-field": [],
  "ref/gate-threshold": [],
  "ref/gate-baseline": [],
  "ref/signoff-count": [],
  "ref/flag-step": [],
  "ref/migration-step": [],
  "ref/step-field": [],
  "ref/ramp-order": [],
  // Which side is good comes from the catalogue.
  [THRESHOLD_ORDER_CODE]: ["metrics"]
};
function crossReferenceSalvaged(salvaged) {
  const cutParts = new Set(salvaged.removed.map((path) => path[0]));
  const out = [];
  for (const finding of crossReference(salvaged.plan)) {
    const parts = Object.hasOwn(ON_SALVAGED_PLAN, finding.code) ? ON_SALVAGED_PLAN[finding.code] : void 0;
    if (parts === void 0 || parts.some((part) => cutParts.has(part))) continue;
    const inFile = findingInFile(salvaged, finding);
    if (inFile) out.push(inFile);
  }
  return out;
}

// action/src/plan/parse.ts
function parseValidated(text, file, schema4, what, { proseCheck = true, firstLine = 1, starter } = {}) {
  const source = parseYamlSource(text, file, proseCheck ? schema4 : void 0, firstLine);
  if (source.data === void 0 || source.data === null) {
    if (!source.diagnostics.some((d) => d.severity === "error")) {
      source.diagnostics.push({
        file,
        ...source.locator.locate([]),
        severity: "error",
        code: "schema/empty-file",
        message: `the file is empty`,
        expected: `a ${what}`,
        hint: "run `rollbook init <name>` to scaffold a plan"
      });
    }
    return { diagnostics: source.diagnostics, locator: source.locator };
  }
  const validate = validatorFor(schema4);
  if (validate(source.data)) {
    return { data: source.data, diagnostics: source.diagnostics, locator: source.locator };
  }
  const schemaErrors = validate.errors ?? [];
  const diagnostics = [
    ...source.diagnostics,
    ...schemaErrorsToDiagnostics(schemaErrors, source.data, file, source.locator, starter)
  ];
  return { diagnostics, locator: source.locator, invalidData: source.data, schemaErrors };
}
function findingToDiagnostic(finding, file, locator, severity, firstLine = 1) {
  const { path, anchor, within, firstAt, ...rest } = finding;
  const diagnostic = {
    file,
    ...locator.locate(path, anchor, within),
    severity,
    code: rest.code,
    message: firstAt === void 0 ? rest.message : `${rest.message} (first on line ${locator.locate(firstAt).line + firstLine - 1})`
  };
  if (rest.expected !== void 0) diagnostic.expected = rest.expected;
  if (rest.hint !== void 0) diagnostic.hint = rest.hint;
  return diagnostic;
}
var PLAN_STARTER = "the plan `rollbook init` writes";
function parsePlan(text, file) {
  const validated = parseValidated(text, file, RolloutPlan, "rollout plan", { starter: PLAN_STARTER });
  const parsed = { file, text, diagnostics: validated.diagnostics };
  if (validated.locator) parsed.locator = validated.locator;
  if (validated.data && validated.locator) {
    const locator = validated.locator;
    parsed.plan = validated.data;
    parsed.diagnostics.push(
      ...crossReference(validated.data).map((f) => findingToDiagnostic(f, file, locator, "error"))
    );
  } else if (validated.invalidData !== void 0) {
    const salvaged = salvagePlan(validated.invalidData, validated.schemaErrors);
    if (salvaged) {
      parsed.salvaged = salvaged;
      const locator = validated.locator;
      if (locator) {
        parsed.diagnostics.push(
          ...crossReferenceSalvaged(salvaged).map((f) => findingToDiagnostic(f, file, locator, "error"))
        );
      }
    }
  }
  parsed.diagnostics.sort(byPosition);
  return parsed;
}
function byPosition(a, b) {
  return compareCodePoints(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodePoints(a.code, b.code);
}

export {
  MAX_FILE_BYTES,
  decodeSource,
  parseYamlSource,
  compareCodePoints,
  byKey,
  calendarDateHint,
  phaseVariables,
  fillQuery,
  metricDirection,
  isWorseThan,
  worseSide,
  goodWhen,
  hasThreshold,
  checkMaxRegressionRead,
  checkThresholdOrder,
  INDEX_NAME,
  reservedPlanName,
  isRecord,
  idSlug,
  idSlugWithin,
  headingSlug,
  SlugCounter,
  LESSON_ID_PATTERN,
  TRIGGERS,
  LESSON_SEVERITIES,
  Lesson,
  GUARD_ACTIONS,
  findingInFile,
  parseValidated,
  findingToDiagnostic,
  parsePlan,
  byPosition
};
