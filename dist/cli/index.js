#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
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
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
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
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
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
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
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
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
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
        return new Pair.Pair(k, v);
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
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
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
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
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
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
exports.DB = cst;
exports.JG = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
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
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
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
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
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
        if (identity.isCollection(node))
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
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
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
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
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
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
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
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
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
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
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
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/text.ts
// Small text helpers shared by every stage's messages.
/** `1 task`, `3 tasks`; `many` for irregular plurals. */
function text_plural(count, word, many = `${word}s`) {
    return `${count} ${count === 1 ? word : many}`;
}
/**
 * Wraps text at spaces so that no line exceeds `width` (a word longer than that keeps its own
 * line); lines after the first start with `indent`.
 */
function wrap(text, width, indent = '') {
    const lines = [];
    let current = '';
    for (const word of text.split(' ').filter((w) => w !== '')) {
        const prefix = lines.length === 0 ? '' : indent;
        if (current !== '' && prefix.length + current.length + 1 + word.length > width) {
            lines.push(prefix + current);
            current = word;
        }
        else {
            current = current === '' ? word : `${current} ${word}`;
        }
    }
    if (current !== '')
        lines.push((lines.length === 0 ? '' : indent) + current);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/command.ts
// What a CLI command is: a name, its help, and a run that returns the exit code.

/** Exit codes (product.md §6, after `terraform plan -detailed-exitcode`). */
const EXIT = {
    /** Valid spec, or every expectation met. */
    ok: 0,
    /** Invalid spec or arguments, auth, API unreachable. */
    error: 1,
    /** Expectations not met (including pending). */
    failed: 2,
    /** Cancelled by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
    interrupted: 130,
    /** Cancelled by SIGTERM: 128 + 15. */
    terminated: 143
};
/** Help and usage text fit a terminal of this many columns. */
const HELP_WIDTH = 100;
/** `Usage: bkflow-gate <usage>`, wrapped to HELP_WIDTH with the options lined up under the first. */
function usageLine(command) {
    const head = `Usage: bkflow-gate ${command.name} `;
    // An option in brackets is never split: its spaces are held as no-break spaces while wrapping.
    const rest = command.usage
        .slice(command.name.length + 1)
        .replace(/\[[^\]]*\]/g, (option) => option.replaceAll(' ', '\u00a0'));
    return wrap(head + rest, HELP_WIDTH, ' '.repeat(head.length)).replaceAll('\u00a0', ' ');
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/duration.ts
// Durations as the spec and the inputs write them: a number of seconds, or `500ms`, `90s`, `15m`,
// `2h`, and compounds of those from the largest unit down, each unit once: `1h30m`, `2m30s`.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * The pattern the spec schema uses for duration strings (kept here so both agree): optional parts
 * in the order h, m, s, ms, and at least one of them.
 */
const DURATION_PATTERN = '^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$';
const DURATION_RE = new RegExp(DURATION_PATTERN);
const PART_RE = /([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/g;
/**
 * Milliseconds for a duration, or undefined when the value is not one.
 * A bare number (or numeric string) is seconds. Negative and non-finite values are refused.
 */
function parseDuration(value) {
    if (typeof value === 'number') {
        return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (/^[0-9]+(\.[0-9]+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    if (!DURATION_RE.test(text))
        return undefined;
    let ms = 0;
    for (const [, amount, unit] of text.matchAll(PART_RE)) {
        ms += Number.parseFloat(amount) * UNIT_MS[unit];
    }
    return Math.round(ms);
}
/** A short human form: `450ms`, `12s`, `5m`, `1h 30m`, `2m 5s`. */
function duration_formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const totalSec = Math.round(ms / 1000);
    const h = Math.floor(totalSec / 3600);
    const m = Math.floor((totalSec % 3600) / 60);
    const s = totalSec % 60;
    if (h > 0)
        return m > 0 ? `${h}h ${m}m` : `${h}h`;
    if (m > 0)
        return s > 0 ? `${m}m ${s}s` : `${m}m`;
    return `${s}s`;
}

;// CONCATENATED MODULE: ./src/secrets.ts
// Masking secrets in any text the gate shows, in every encoding a gateway, a proxy or a library
// could wrap them in: raw, JSON-escaped (`\u0050`), URL-encoded, HTML entities and base64.
// One Redactor does it everywhere; the process-wide one holds the secrets of the current run.
const MASK = '***';
/**
 * Shorter values are not masked: a one-character "secret" would turn every message into
 * `get_ta***k***`. Real app secrets and access tokens are far longer.
 */
const MIN_SECRET_LENGTH = 8;
/** What the log says once about a secret too short to mask (`name` as the user set it). */
function shortSecretNotice(name) {
    return `The ${name} is very short (under ${MIN_SECRET_LENGTH} characters), too short to be masked in logs without garbling them: it was not masked. Use a real secret.`;
}
/** True when `value` is long enough to be masked (see MIN_SECRET_LENGTH). */
function isMaskable(value) {
    return value.length >= MIN_SECRET_LENGTH;
}
/** Masks known secret values wherever and however they appear in a text. */
class Redactor {
    secrets = [];
    /** Literal forms searched in the text and in each decoded layer of it: raw and base64. */
    forms = [];
    pattern;
    /** The same forms, for a yes/no test (no `g`, so no lastIndex to reset). */
    probe;
    constructor(secrets = []) {
        for (const secret of secrets)
            this.add(secret);
    }
    /** Adds a secret; returns false (and masks nothing) when it is too short to be one. */
    add(secret) {
        if (!isMaskable(secret))
            return false;
        if (this.secrets.includes(secret))
            return true;
        this.secrets.push(secret);
        const forms = new Set([...this.forms, secret, ...base64Forms(secret)]);
        // Longest first, so that a form that contains another is masked whole.
        this.forms = [...forms].filter(isMaskable).sort((a, b) => b.length - a.length);
        this.pattern = new RegExp(this.forms.map(escapeRegExp).join('|'), 'g');
        this.probe = new RegExp(this.pattern.source);
        return true;
    }
    /** True when no secret is known (every call is then the identity). */
    get empty() {
        return this.secrets.length === 0;
    }
    /** `text` with every occurrence of a secret, in any known encoding, replaced by `***`. */
    redact(text) {
        if (this.probe === undefined || text.length < MIN_SECRET_LENGTH)
            return text;
        // Almost every text holds no secret and no escape: two scans, no allocation.
        if (!this.probe.test(text) && !ENCODED.test(text))
            return text;
        const spans = text.length <= WINDOW ? this.find(text) : this.findInWindows(text);
        if (spans.length === 0)
            return text;
        let out = '';
        let at = 0;
        for (const [start, end] of mergeSpans(spans)) {
            out += text.slice(at, start) + MASK;
            at = end;
        }
        return out + text.slice(at);
    }
    /**
     * A parsed JSON value with every string and every object key redacted: a gateway may send the
     * secret JSON-escaped, which only parsing reveals. Mutates and returns `value`.
     */
    redactValue(value) {
        if (this.pattern === undefined)
            return value;
        if (typeof value === 'string')
            return this.redact(value);
        // An explicit stack, not recursion: a hostile payload may nest deeper than the call stack.
        const stack = [value];
        while (stack.length > 0) {
            const node = stack.pop();
            if (typeof node !== 'object' || node === null)
                continue;
            if (Array.isArray(node)) {
                for (let i = 0; i < node.length; i++) {
                    const item = node[i];
                    if (typeof item === 'string')
                        node[i] = this.redact(item);
                    else
                        stack.push(item);
                }
                continue;
            }
            const record = node;
            for (const key of Object.keys(record)) {
                const item = record[key];
                const clean = typeof item === 'string' ? this.redact(item) : item;
                if (typeof item !== 'string')
                    stack.push(item);
                const cleanKey = this.redact(key);
                if (cleanKey !== key)
                    delete record[key];
                record[cleanKey] = clean;
            }
        }
        return value;
    }
    // Decoding keeps per-character positions, so a long text (a hostile answer may be one 60 MiB
    // string) is searched in overlapping windows: memory stays bounded, and an occurrence that
    // straddles a window's start lies wholly in the overlap the window begins with.
    findInWindows(text) {
        const spans = [];
        for (let start = 0; start < text.length; start += WINDOW) {
            const from = Math.max(0, start - OVERLAP);
            const piece = text.slice(from, Math.min(text.length, start + WINDOW));
            for (const [a, b] of this.find(piece))
                spans.push([a + from, b + from]);
        }
        return spans;
    }
    // Spans of the original text to mask: matches in the text itself, then in each decoded layer
    // (double encodings are peeled up to three times), mapped back to where they came from.
    find(text) {
        const spans = [];
        const pattern = this.pattern;
        for (const match of text.matchAll(pattern)) {
            spans.push([match.index, match.index + match[0].length]);
        }
        let layer = { text, start: undefined, end: undefined };
        for (let depth = 0; depth < 3 && ENCODED.test(layer.text); depth++) {
            const next = decodeLayer(layer);
            if (next.text === layer.text)
                break;
            layer = next;
            for (const match of layer.text.matchAll(pattern)) {
                const first = match.index;
                const last = match.index + match[0].length - 1;
                spans.push([layer.start?.[first] ?? first, layer.end?.[last] ?? last + 1]);
            }
        }
        return spans;
    }
}
/** Texts longer than this are searched in windows (see findInWindows). */
const WINDOW = 256 * 1024;
/** Far longer than any encoded form of a secret (12 characters per character at most, twice). */
const OVERLAP = 16 * 1024;
/** The run's secrets, for every renderer and printer (the action registers them as it reads them). */
const processRedactor = new Redactor();
/** Adds a secret for redactSecrets; false when it is too short to mask (the caller should say so). */
function registerSecret(value) {
    return processRedactor.add(value);
}
/** Masks the registered secrets (any encoding) and anything that looks like a credential. */
function secrets_redactSecrets(text) {
    return redactCredentials(processRedactor.redact(text));
}
// `"bk_app_secret": "…"`, `bk_app_secret=…`, `\"access_token\":\"…\"` and the like, in JSON,
// query strings and escaped JSON alike: the key stays (it says what was hidden), the value goes.
const CREDENTIAL_VALUE = /(?<![A-Za-z])((?:bk_)?app_secret|access_token|bk_token|jwt|authorization|password)(\\*["']?\s*[:=]\s*)(\\*"(?:[^"\\]|\\.)*?\\*"|'[^']*'|(?:(?:token|bearer|basic)\s+)?[^"'\\\s&,;}]+)/gi;
// The whole auth header: `X-Bkapi-Authorization: {…}` up to the end of its JSON object or the line.
const AUTH_HEADER = /(x-bkapi-authorization)(\\*["']?\s*[:=]\s*)(\{[^}\n]*\}?|[^\s,;]+)/gi;
/**
 * Masks anything that looks like a BlueKing credential or the auth header's value, even when the
 * secret itself is unknown (a relayed error text that quotes a request).
 */
function redactCredentials(text) {
    if (!/secret|token|jwt|authorization|password/i.test(text))
        return text;
    return text.replace(AUTH_HEADER, `$1$2${MASK}`).replace(CREDENTIAL_VALUE, `$1$2${MASK}`);
}
// Escapes that may hide a secret: backslash escapes, %XX, and HTML character references.
const ENCODED = /\\[ux"\\/bfnrt']|%[0-9a-f]{2}|&#?[0-9a-z]+;?/i;
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    sol: '/',
    equals: '=',
    plus: '+',
    nbsp: ' '
};
const SIMPLE_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    "'": "'",
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
const TOKEN = /\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(["\\/'bfnrt])|((?:%[0-9a-fA-F]{2})+)|&#[xX]([0-9a-fA-F]{1,6});?|&#([0-9]{1,7});?|&([a-zA-Z]+);/g;
// One layer of decoding, every escape kind at once, keeping where each character came from.
function decodeLayer(source) {
    const { text } = source;
    const chars = [];
    const start = [];
    const end = [];
    const origin = (i) => source.start?.[i] ?? i;
    const originEnd = (i) => source.end?.[i] ?? i + 1;
    const push = (value, from, to) => {
        for (const unit of value) {
            // A character may be two UTF-16 units; the layer is indexed by unit, like the text.
            for (let k = 0; k < unit.length; k++) {
                chars.push(unit[k]);
                start.push(origin(from));
                end.push(originEnd(to - 1));
            }
        }
    };
    let at = 0;
    for (const match of text.matchAll(TOKEN)) {
        for (; at < match.index; at++)
            push(text[at], at, at + 1);
        const from = match.index;
        const to = from + match[0].length;
        const [, unicode, hexByte, simple, percent, hexRef, decRef, named] = match;
        if (unicode !== undefined)
            push(String.fromCharCode(parseInt(unicode, 16)), from, to);
        else if (hexByte !== undefined)
            push(String.fromCharCode(parseInt(hexByte, 16)), from, to);
        else if (simple !== undefined)
            push(SIMPLE_ESCAPES[simple], from, to);
        else if (percent !== undefined)
            pushPercent(percent, from, push);
        else if (hexRef !== undefined)
            push(codePoint(parseInt(hexRef, 16)) ?? match[0], from, to);
        else if (decRef !== undefined)
            push(codePoint(Number(decRef)) ?? match[0], from, to);
        else if (named !== undefined) {
            const value = NAMED_ENTITIES[named.toLowerCase()];
            if (value !== undefined)
                push(value, from, to);
            else
                for (let i = from; i < to; i++)
                    push(text[i], i, i + 1);
        }
        at = to;
    }
    for (; at < text.length; at++)
        push(text[at], at, at + 1);
    return { text: chars.join(''), start, end };
}
// %XX runs are UTF-8 bytes: ASCII maps byte for byte; anything else maps to the whole run.
function pushPercent(run, from, push) {
    const bytes = Buffer.from(run.replace(/%/g, ''), 'hex');
    if (bytes.every((b) => b < 0x80)) {
        bytes.forEach((b, i) => push(String.fromCharCode(b), from + 3 * i, from + 3 * i + 3));
    }
    else
        push(bytes.toString('utf8'), from, from + run.length);
}
function codePoint(value) {
    return Number.isInteger(value) && value > 0 && value <= 0x10ffff
        ? String.fromCodePoint(value)
        : undefined;
}
/**
 * The base64 (and base64url) text of the secret wherever it sits in a longer encoded value: one
 * form per byte alignment, keeping only the characters that depend on the secret alone (the way
 * the Actions runner masks base64 forms of secrets).
 */
function base64Forms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes])
            .toString('base64')
            .replace(/=+$/, '');
        const first = Math.ceil((8 * shift) / 6);
        const last = Math.floor((8 * (shift + bytes.length)) / 6);
        const form = encoded.slice(first, last);
        forms.push(form, form.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
function mergeSpans(spans) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [start, end] of sorted) {
        const last = merged[merged.length - 1];
        if (last !== undefined && start <= last[1])
            last[1] = Math.max(last[1], end);
        else
            merged.push([start, end]);
    }
    return merged;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/safe-text.ts
// Every string from outside (spec labels and names, BKFlow's states, names and messages) is hostile:
// these helpers make it inert before it reaches stdout, a terminal, a summary, a comment or a YAML
// comment. Printers call them; sinks (the runner's log, the CLI's streams) add guardCommands.
/* eslint-disable no-control-regex -- matching control characters is this module's job */

// Terminal escape sequences, removed whole so that no half of one is left to show: CSI
// (`ESC [ … final`), OSC / DCS / PM / APC strings (ended by BEL or ST), and two-character escapes.
const TERMINAL_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]?|\u001b[ -~]?/g;
// C0 and C1 controls and DEL (tab and line breaks are handled separately), and the bidirectional
// overrides that make text read differently from what it is ("Trojan source").
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;
/**
 * Outside text as one safe line: secrets masked (any encoding), terminal escapes and control
 * characters removed, line breaks and tabs turned into spaces.
 */
function plainText(text) {
    const flat = stripControls(secrets_redactSecrets(text).replace(LINE_BREAK, ' '));
    return neutralizeLegacyCommands(flat).replace(/ {2,}/g, ' ').trim();
}
/**
 * Like plainText, but keeps the line breaks (`\n`) of a message that is several lines on purpose.
 * Each line is still one line: a `\r` cannot overwrite it.
 */
function plainLines(text) {
    return redactSecrets(text)
        .split(/\r?\n|[\r\u2028\u2029\u0085]/)
        .map((line) => stripControls(line.replace(/[\t\u000b\u000c]/g, ' ')).trimEnd())
        .map(neutralizeLegacyCommands)
        .join('\n');
}
// The runner's legacy `##[command]` form is recognised anywhere in a line that is not already a
// `::` command; a zero-width space keeps it readable and inert wherever the text ends up.
function neutralizeLegacyCommands(text) {
    return text.includes('##[') ? text.replace(/##\[/g, '##\u200b[') : text;
}
/** Removes terminal escape sequences and control characters, nothing else. */
function stripControls(text) {
    return text.replace(TERMINAL_SEQUENCE, '').replace(CONTROL, '');
}
/**
 * Text for a stream the Actions runner reads as workflow commands: a line that would start one
 * (`::name::…`, after any indentation, as the runner trims) or a legacy `##[name]` anywhere in it
 * gets a zero-width space, so the runner shows it and runs nothing. The gate's own commands are
 * written by @actions/core, never through here.
 */
function guardCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    // The runner splits lines at \r as well as \n.
    return neutralizeLegacyCommands(text.replace(/(^|[\r\n])(\s*):(?=:)/g, '$1$2:\u200b'));
}
/**
 * A JSON string literal (also a valid YAML double-quoted scalar) in which every control, bidi and
 * line-separator character is escaped: JSON.stringify leaves DEL, C1 and U+2028 raw.
 */
function quotedString(text) {
    return safe_text_escapeJsonText(JSON.stringify(text));
}
/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, line separators, bidi
 * overrides) escaped as `\uXXXX`: the same data, and nothing that acts on a terminal.
 */
function safe_text_escapeJsonText(json) {
    return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/check/labels.ts
// How nodes, tasks and expected values are written in findings, messages and the plan.


/** Characters of a node id kept in labels: BKFlow ids are 32 chars, the first 7 tell them apart. */
const SHORT_ID_LENGTH = 7;
/** Text from a payload or the spec made safe for a one-line message (see plainText). */
function labels_oneLine(text) {
    return plainText(text);
}
/** A node id shortened for display, `n5f0c2b…`; short ids are kept whole, a missing one reads `(no id)`. */
function shortId(id) {
    if (id === '')
        return '(no id)';
    return id.length > SHORT_ID_LENGTH + 1 ? `${labels_oneLine(id.slice(0, SHORT_ID_LENGTH))}…` : labels_oneLine(id);
}
/** How a node is named in messages and the plan: `node "Deploy backend" (n5f0c2b…)`, or `node n5f0c2b…` without a name. */
function labels_nodeLabel(id, name) {
    if (name !== undefined && name !== '') {
        const quoted = `"${labels_oneLine(name)}"`;
        return id === '' ? `node ${quoted}` : `node ${quoted} (${shortId(id)})`;
    }
    return `node ${shortId(id)}`;
}
/** How a task is named in messages: `task 101`, or `task "deploy-prod" (101)` when it has a label. */
function taskLabel(task) {
    return task.label ? `task "${labels_oneLine(task.label)}" (${task.taskId})` : `task ${task.taskId}`;
}
/** Accepted states as one string, `FINISHED | FAILED`. */
function formatStates(states) {
    return states.length > 0 ? states.join(' | ') : '(none)';
}
/** A reported state for display; an empty one (a defensive parser's default) reads `(no state)`. */
function formatState(state) {
    return state === '' ? '(no state)' : labels_oneLine(state);
}
/** An upper bound as the plan shows it: `≤ 0`, `≤ 10m`. */
function atMost(value) {
    return `≤ ${value}`;
}
/** A duration bound from the spec: like formatDuration, but `1500ms` rather than a rounded `2s`. */
function formatLimit(ms) {
    return ms >= 1000 && ms % 1000 !== 0 ? `${ms}ms` : duration_formatDuration(ms);
}
/** Elapsed seconds as the plan shows them: `12m 5s`. */
function formatElapsed(elapsedSec) {
    return duration_formatDuration(elapsedSec * 1000);
}

;// CONCATENATED MODULE: ./src/check/elapsed.ts
// Whether a node's elapsed time can be believed. A node re-entered by a loop shows the previous
// loop's finish time, so BKFlow computes a negative elapsed time for it (bkflow-api.md §4).
/** States that archive a node and so set its finish time (bkflow-api.md §2.1). */
const ARCHIVED = new Set(['FINISHED', 'FAILED', 'REVOKED']);
// `2026-08-21 11:40:41 +0800` (state tree) or `…+0800` (detail); other forms are left unread.
const BKFLOW_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ?([+-]\d{2})(\d{2})$/;
/** Epoch ms of a BKFlow time, or undefined when it is not in BKFlow's format. */
function parseBkflowTime(text) {
    if (text === null)
        return undefined;
    const m = BKFLOW_TIME.exec(text.trim());
    if (!m)
        return undefined;
    const ms = Date.parse(`${m[1]}T${m[2]}${m[3]}:${m[4]}`);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * The node's elapsed seconds when they can be believed, else undefined: a negative or non-finite
 * value, a finish before the start, or a finish time on a node still running (a stale one from an
 * earlier loop) all make the elapsed time unknown.
 */
function knownElapsedSec(node) {
    const sec = node.elapsedSec;
    if (typeof sec !== 'number' || !Number.isFinite(sec) || sec < 0)
        return undefined;
    if (node.finishTime !== null && node.finishTime !== undefined) {
        if (!ARCHIVED.has(node.state))
            return undefined;
        const start = parseBkflowTime(node.startTime);
        const finish = parseBkflowTime(node.finishTime);
        if (start !== undefined && finish !== undefined && finish < start)
            return undefined;
    }
    return sec;
}

;// CONCATENATED MODULE: ./src/check/names.ts
// Resolving a spec's `name:` expectations through the names read from the task's pipeline tree.
/** Inverts the id → name map once per task, so each `name:` expectation resolves in O(1). */
function indexNames(names) {
    const index = new Map();
    for (const [id, entry] of names) {
        const name = entry?.name;
        if (typeof id !== 'string' || id === '' || typeof name !== 'string')
            continue;
        const ids = index.get(name);
        if (ids)
            ids.push(id);
        else
            index.set(name, [id]);
    }
    return index;
}
/**
 * Resolves a name by exact match. Zero or several matches cannot be checked (product.md §3: "use
 * id"), and neither can any name when the names were not loaded: the gate never guesses.
 */
function resolveName(name, index) {
    if (!index)
        return { kind: 'not_loaded' };
    const ids = index.get(name);
    if (!ids || ids.length === 0)
        return { kind: 'unknown' };
    if (ids.length > 1)
        return { kind: 'ambiguous', ids };
    return { kind: 'resolved', id: ids[0] };
}
/** The display name of a node from the pipeline tree, if it has a non-empty one. */
function nameOf(names, id) {
    if (!names || id === '')
        return undefined;
    const name = names.get(id)?.name;
    return typeof name === 'string' && name !== '' ? name : undefined;
}
/** Template node id → runtime id, over the activities and gateways that carry one (bkflow-api-2.md §8). */
function indexTemplateIds(names) {
    const index = new Map();
    for (const [id, entry] of names) {
        const templateId = entry?.templateNodeId;
        if (typeof templateId === 'string' && templateId !== '' && !index.has(templateId)) {
            index.set(templateId, id);
        }
    }
    return index;
}

;// CONCATENATED MODULE: ./src/check/tree-index.ts
// One flat index per state tree, so that every lookup in a comparison is O(1) and no walk recurses.
/** A node's id, or '' when the input carries none (CREATED_STATUS, bare roots, malformed input). */
function idOf(node) {
    return isNode(node) && typeof node.id === 'string' ? node.id : '';
}
/** A node's state, or '' when the input carries none. */
function stateOf(node) {
    return isNode(node) && typeof node.state === 'string' ? node.state : '';
}
/** A node's children, or none when the input carries no list. */
function childrenOf(node) {
    return Array.isArray(node.children) ? node.children : [];
}
/** Whether a value can be read as a node at all (an object); its fields are still checked one by one. */
function isNode(value) {
    return typeof value === 'object' && value !== null;
}
/**
 * Flattens a tree without recursion (legacy subprocess trees nest, and input size is not ours to
 * choose). A node object met twice is walked once, so even a malformed cyclic input terminates.
 */
function indexTree(root) {
    const nodes = [];
    const parents = [];
    const byId = new Map();
    const seen = new Set([root]);
    const stack = [];
    const pushChildren = (node, parent) => {
        const children = childrenOf(node);
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i];
            if (isNode(child) && !seen.has(child)) {
                seen.add(child);
                stack.push({ node: child, parent });
            }
        }
    };
    if (isNode(root))
        pushChildren(root, -1);
    for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
        const index = nodes.length;
        nodes.push(entry.node);
        parents.push(entry.parent);
        const id = idOf(entry.node);
        if (id !== '' && !byId.has(id))
            byId.set(id, entry.node);
        pushChildren(entry.node, index);
    }
    return { nodes, parents, byId };
}
/** Node count and count per state, over every depth, the root excluded (for reports and the JSON result). */
function summarizeTree(tree) {
    const { nodes } = indexTree(tree);
    const counts = new Map();
    for (const node of nodes) {
        const state = stateOf(node);
        counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    // fromEntries defines own properties, so even a state spelled `__proto__` is counted, not swallowed.
    return { nodes: nodes.length, byState: Object.fromEntries(counts) };
}
/** A bare root with only a state and nothing else, as BKFlow sends for EXPIRED or CREATED tasks. */
function bareTree(state) {
    return {
        id: '',
        state,
        retry: 0,
        loop: 1,
        skip: false,
        errorIgnored: false,
        elapsedSec: 0,
        startTime: null,
        finishTime: null,
        version: null,
        children: []
    };
}

;// CONCATENATED MODULE: ./src/check/node-checks.ts
// The checks of one listed node that is present in the tree: state, then each declared attribute.



/** Builds a node finding with the subject's identity and range filled in. */
function nodeFinding(subject, kind, expected, actual, message) {
    const finding = { kind, target: 'node', expected, actual, message, range: subject.range };
    if (subject.id !== '')
        finding.nodeId = subject.id;
    if (subject.name !== undefined)
        finding.nodeName = subject.name;
    if (subject.idKind !== undefined)
        finding.idKind = subject.idKind;
    return finding;
}
// A value that is not a finite number cannot be shown to be within a bound, so it is not (fail closed).
function exceeds(value, bound) {
    return !Number.isFinite(value) || value > bound;
}
function times(count) {
    return count === 1 ? '1 time' : `${count} times`;
}
/**
 * Every way a present node differs from its expectation, most important first (state, retry, skip,
 * error_ignored, elapsed); empty when it matches.
 */
function checkPresentNode(expectation, node, subject) {
    const findings = [];
    const state = stateOf(node);
    const { label } = subject;
    if (!expectation.states.includes(state)) {
        const expected = formatStates(expectation.states);
        const retried = Number.isFinite(node.retry) && node.retry > 0 ? ` (retry ${node.retry})` : '';
        findings.push(nodeFinding(subject, 'state', expected, formatState(state), `${label} is ${formatState(state)}, expected ${expected}${retried}`));
    }
    if (expectation.maxRetry !== undefined && exceeds(node.retry, expectation.maxRetry)) {
        findings.push(nodeFinding(subject, 'retry', atMost(String(expectation.maxRetry)), String(node.retry), `${label} was retried ${times(node.retry)}, expected at most ${expectation.maxRetry}`));
    }
    if (expectation.skip !== undefined && node.skip !== expectation.skip) {
        findings.push(nodeFinding(subject, 'skip', String(expectation.skip), String(node.skip), `${label} has skip ${String(node.skip)}, expected ${String(expectation.skip)}`));
    }
    if (expectation.errorIgnored !== undefined && node.errorIgnored !== expectation.errorIgnored) {
        findings.push(nodeFinding(subject, 'error_ignored', String(expectation.errorIgnored), String(node.errorIgnored), `${label} has error_ignored ${String(node.errorIgnored)}, expected ${String(expectation.errorIgnored)}`));
    }
    if (expectation.maxElapsedMs !== undefined) {
        const limit = formatLimit(expectation.maxElapsedMs);
        const elapsed = knownElapsedSec(node);
        // An unknown elapsed time cannot be shown to be within the bound: it does not pass.
        if (elapsed === undefined) {
            findings.push(nodeFinding(subject, 'elapsed', atMost(limit), 'unknown', `${label} has no believable elapsed time (BKFlow reported ${formatRaw(node.elapsedSec)}s, as after a loop re-entry), expected at most ${limit}`));
        }
        else if (exceeds(elapsed * 1000, expectation.maxElapsedMs)) {
            const took = formatElapsed(elapsed);
            findings.push(nodeFinding(subject, 'elapsed', atMost(limit), took, `${label} took ${took}, expected at most ${limit}`));
        }
    }
    return findings;
}
function formatRaw(value) {
    return typeof value === 'number' ? String(value) : 'no number';
}

;// CONCATENATED MODULE: ./src/check/targets.ts
// Which node of a tree a spec entry is about: by runtime id, template node id or name, and how
// it is shown inside a subprocess.


/**
 * The node an expectation is about. An `id:` is a runtime id when the tree or the pipeline has
 * it, else a template node id when an activity or gateway carries it (product.md §12); a `name:`
 * resolves through the names.
 */
function targetOf(expectation, tree, lookups) {
    const id = expectation.id;
    if (typeof id === 'string' && id !== '') {
        if (tree.byId.has(id) || lookups.names?.has(id))
            return { id, idKind: 'runtime' };
        const runtime = lookups.templateIds?.get(id);
        if (runtime !== undefined)
            return { id: runtime, idKind: 'template' };
        return { id, idKind: 'runtime' };
    }
    if (expectation.name === undefined)
        return { id: '' };
    const resolution = resolveName(expectation.name, lookups.nameIndex);
    return { id: resolution.kind === 'resolved' ? resolution.id : '' };
}
/** Joins a subprocess path and a node name for display: `Deploy › Migrate DB`. */
const PATH_SEPARATOR = ' › ';
/** How a node is named in rows and findings: inside a subprocess, prefixed with its path. */
function displayName(path, id, name) {
    if (path === undefined)
        return name;
    return `${path}${PATH_SEPARATOR}${name ?? shortId(id)}`;
}
/** The lookups a list of expectations needs over one tree: names and template ids only if used. */
function buildLookups(expectations, index, names, path) {
    const usesNames = expectations.some((e) => !e.id && e.name !== undefined);
    const usesTemplateIds = expectations.some((e) => e.id && !index.byId.has(e.id));
    return {
        names,
        nameIndex: usesNames && names ? indexNames(names) : undefined,
        templateIds: usesTemplateIds && names ? indexTemplateIds(names) : undefined,
        ...(path !== undefined && { path })
    };
}

;// CONCATENATED MODULE: ./src/spec/spec-types.ts
// Generated by scripts/gen-spec-types.ts from schemas/spec.schema.json. Do not edit:
// change the schema and run `npx tsx scripts/gen-spec-types.ts`.
/** The spec schema itself, embedded so that the bundles validate without reading files. */
const SPEC_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'bkflow-gate spec',
    description: 'The BKFlow tasks, and the nodes within them, whose states bkflow-gate asserts (spec version 1).',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'tasks'],
    properties: {
        version: {
            title: 'Spec version',
            description: 'The version of this spec format. Always 1.',
            const: 1
        },
        defaults: {
            $ref: '#/$defs/defaults',
            title: 'Defaults',
            description: 'Settings every task inherits unless it sets its own.'
        },
        tasks: {
            title: 'Tasks',
            description: 'The tasks to check: at least one.',
            type: 'array',
            minItems: 1,
            items: { $ref: '#/$defs/task' }
        }
    },
    $defs: {
        defaults: {
            title: 'Defaults',
            description: 'Settings every task inherits unless it sets its own.',
            type: 'object',
            additionalProperties: false,
            properties: {
                space_id: {
                    $ref: '#/$defs/integerOrVar',
                    title: 'Space id',
                    description: 'The BKFlow space of the tasks. Without it the app-bound endpoint is used.'
                },
                timeout: {
                    $ref: '#/$defs/duration',
                    title: 'Timeout',
                    description: 'How long to wait for a task to settle (default 30m).'
                },
                interval: {
                    $ref: '#/$defs/duration',
                    title: 'Poll interval',
                    description: 'The base interval between polls (default 15s).'
                },
                on_failed: {
                    $ref: '#/$defs/onFailed',
                    title: 'On FAILED',
                    description: 'What a FAILED task means: `fail` settles at once (default), `wait` keeps polling, a duration is a grace period before it counts.'
                },
                other_nodes: {
                    $ref: '#/$defs/otherNodes',
                    title: 'Other nodes',
                    description: 'What is required of nodes the spec does not list: `no_failures` (default), `finished` or `ignore`.'
                }
            }
        },
        task: {
            title: 'Task',
            description: 'One BKFlow task and the states expected of it and of its nodes. The task is given by exactly one of `task_id`, `create` or `select`.',
            type: 'object',
            additionalProperties: false,
            oneOf: [{ required: ['task_id'] }, { required: ['create'] }, { required: ['select'] }],
            properties: {
                task_id: {
                    $ref: '#/$defs/integerOrVar',
                    title: 'Task id',
                    description: 'The BKFlow task id: a positive integer, or `${VAR}` resolved from the vars or the environment.'
                },
                create: {
                    $ref: '#/$defs/create',
                    title: 'Create',
                    description: 'Create the task from a template and start it, then gate it (instead of `task_id`). Needs a `label`.'
                },
                select: {
                    $ref: '#/$defs/select',
                    title: 'Select',
                    description: "Find existing tasks with BKFlow's task list (instead of `task_id`). Needs a `space_id` and a `label`."
                },
                space_id: {
                    $ref: '#/$defs/integerOrVar',
                    title: 'Space id',
                    description: 'The BKFlow space of the task. Without it the app-bound endpoint is used.'
                },
                label: {
                    title: 'Label',
                    description: "A display name for reports, and the task's key in the `task-ids` output (required with `create` and `select`).",
                    type: 'string',
                    minLength: 1,
                    maxLength: 200
                },
                state: {
                    $ref: '#/$defs/states',
                    title: 'Expected task state',
                    description: 'One state or a list of accepted states (default FINISHED).'
                },
                timeout: {
                    $ref: '#/$defs/duration',
                    title: 'Timeout',
                    description: 'How long to wait for this task to settle.'
                },
                interval: {
                    $ref: '#/$defs/duration',
                    title: 'Poll interval',
                    description: 'The base interval between polls of this task.'
                },
                on_failed: {
                    $ref: '#/$defs/onFailed',
                    title: 'On FAILED',
                    description: 'What a FAILED task means: `fail` settles at once, `wait` keeps polling, a duration is a grace period before it counts.'
                },
                other_nodes: {
                    $ref: '#/$defs/otherNodes',
                    title: 'Other nodes',
                    description: 'What is required of nodes the spec does not list: `no_failures`, `finished` or `ignore`.'
                },
                nodes: {
                    title: 'Nodes',
                    description: 'Expectations for individual nodes of the task.',
                    type: 'array',
                    items: { $ref: '#/$defs/node' }
                }
            }
        },
        create: {
            title: 'Create',
            description: 'A task to create from a template (create_task, or create_task_by_app without a space_id), then start.',
            type: 'object',
            additionalProperties: false,
            required: ['template_id'],
            properties: {
                template_id: {
                    $ref: '#/$defs/integerOrVar',
                    title: 'Template id',
                    description: 'The BKFlow template to create the task from.'
                },
                name: {
                    title: 'Task name',
                    description: "The new task's name (default `<label> <run id>`). `${VAR}` may appear anywhere in it: sent to BKFlow, never printed.",
                    type: 'string',
                    minLength: 1,
                    maxLength: 128
                },
                constants: {
                    title: 'Constants',
                    description: 'Template variables to set, keyed without `${}` (the gate adds it). String values may contain `${VAR}` (`$${` for a literal `${`): sent to BKFlow, never printed.',
                    type: 'object'
                },
                creator: {
                    title: 'Creator',
                    description: "The task's creator and the operator that starts it (space variant; default the username input).",
                    type: 'string',
                    minLength: 1,
                    maxLength: 32
                }
            }
        },
        select: {
            title: 'Select',
            description: "Filters for BKFlow's task list: the newest match is checked, or every match with `pick: all`. Give at least one of template_id, name, creator, label, created_within.",
            type: 'object',
            additionalProperties: false,
            properties: {
                template_id: {
                    $ref: '#/$defs/integerOrVar',
                    title: 'Template id',
                    description: 'Only tasks created from this template.'
                },
                name: {
                    title: 'Name contains',
                    description: 'Only tasks whose name contains this text (case-insensitive).',
                    type: 'string',
                    minLength: 1,
                    maxLength: 128
                },
                creator: {
                    title: 'Creator',
                    description: 'Only tasks created by this user.',
                    type: 'string',
                    minLength: 1,
                    maxLength: 32
                },
                label: {
                    title: 'BKFlow label',
                    description: 'Only tasks carrying a BKFlow label of this name.',
                    type: 'string',
                    minLength: 1,
                    maxLength: 128
                },
                created_within: {
                    $ref: '#/$defs/duration',
                    title: 'Created within',
                    description: 'Only tasks created at most this long ago, e.g. `24h`.'
                },
                pick: {
                    title: 'Pick',
                    description: '`latest` (default) checks the newest match; `all` checks every match as its own task.',
                    type: 'string',
                    enum: ['latest', 'all']
                }
            }
        },
        node: {
            title: 'Node',
            description: 'One node of the task, by `id` or by `name` (exactly one), and what is expected of it.',
            type: 'object',
            additionalProperties: false,
            oneOf: [{ required: ['id'] }, { required: ['name'] }],
            properties: {
                id: {
                    title: 'Node id',
                    description: "The node's id: its template node id (the same in every task of the template) or its runtime id (this task only).",
                    type: 'string',
                    minLength: 1
                },
                name: {
                    title: 'Node name',
                    description: 'The node name; must match exactly one activity or gateway of the task (needs a space_id).',
                    type: 'string',
                    minLength: 1
                },
                state: {
                    $ref: '#/$defs/states',
                    title: 'Expected node state',
                    description: 'One state or a list of accepted states (default FINISHED).'
                },
                max_retry: {
                    title: 'Maximum retries',
                    description: "The node's retry count must be at most this. BKFlow counts the retries of the current loop only.",
                    type: 'integer',
                    minimum: 0
                },
                skip: {
                    title: 'Skipped',
                    description: "The node's skip flag must equal this.",
                    type: 'boolean'
                },
                error_ignored: {
                    title: 'Error ignored',
                    description: "The node's error_ignored flag must equal this.",
                    type: 'boolean'
                },
                max_elapsed: {
                    $ref: '#/$defs/duration',
                    title: 'Maximum elapsed time',
                    description: "The node's elapsed time must be at most this; an unknown elapsed time (a loop re-entry) does not pass."
                },
                nodes: {
                    title: 'Subprocess nodes',
                    description: "For a subprocess node: expectations for the nodes of the child task it runs (or of a legacy nested subprocess), checked like the task's own.",
                    type: 'array',
                    items: { $ref: '#/$defs/node' }
                },
                other_nodes: {
                    $ref: '#/$defs/otherNodes',
                    title: 'Other subprocess nodes',
                    description: "For a subprocess node: what is required of the child's nodes that `nodes` does not list (default: the task's `other_nodes`)."
                }
            }
        },
        integerOrVar: {
            title: 'Id',
            description: 'A positive integer, or `${VAR}` that resolves to one.',
            anyOf: [
                { type: 'integer', minimum: 1, maximum: 9007199254740991 },
                { type: 'string', pattern: '^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$' }
            ]
        },
        duration: {
            title: 'Duration',
            description: 'A number of seconds, or a string such as `500ms`, `90s`, `15m`, `2h`, or a compound from the largest unit down such as `1h30m`, `2m30s`.',
            anyOf: [
                { type: 'number', minimum: 0 },
                {
                    type: 'string',
                    pattern: '^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$'
                }
            ]
        },
        state: {
            title: 'State',
            description: 'A BKFlow task or node state.',
            type: 'string',
            enum: [
                'CREATED',
                'READY',
                'LOOP_READY',
                'RUNNING',
                'SUSPENDED',
                'NODE_SUSPENDED',
                'BLOCKED',
                'FINISHED',
                'FAILED',
                'REVOKED',
                'EXPIRED',
                'ROLLING_BACK',
                'ROLL_BACK_SUCCESS',
                'ROLL_BACK_FAILED'
            ]
        },
        states: {
            title: 'States',
            description: 'One state, or a non-empty list of accepted states.',
            anyOf: [
                { $ref: '#/$defs/state' },
                { type: 'array', minItems: 1, items: { $ref: '#/$defs/state' } }
            ]
        },
        onFailed: {
            title: 'On FAILED',
            description: '`fail`, `wait`, or a grace duration.',
            anyOf: [{ type: 'string', enum: ['fail', 'wait'] }, { $ref: '#/$defs/duration' }]
        },
        otherNodes: {
            title: 'Other nodes',
            description: '`no_failures`, `finished` or `ignore`.',
            type: 'string',
            enum: ['no_failures', 'finished', 'ignore']
        }
    }
};

;// CONCATENATED MODULE: ./src/model.ts
// The typed boundaries between the stages of the data flow (product.md §2):
// spec → poll (BKFlow client) → check → report. Every stage reads and writes these shapes only.

/** Every state BKFlow can report for a task or a node (bkflow-api.md §2), from the schema. */
const STATES = SPEC_SCHEMA.$defs.state.enum;
/** Task states that end a poll (bkflow-api.md §5.10). FAILED is derived and not terminal. */
const TERMINAL_STATES = new Set(['FINISHED', 'REVOKED', 'EXPIRED']);
/** The file name an inline spec (the action's `spec` input holding YAML) carries: no file to annotate. */
const model_INLINE_SPEC_FILE = 'inline spec';
/** Findings of these kinds mean "could not be checked" rather than "checked and differs". */
const ERROR_FINDINGS = new Set(['name', 'error']);
/** Every Endpoint, in the order request counts are listed. */
const ENDPOINTS = [
    'get_task_states',
    'get_task_states_by_app',
    'get_tasks_states',
    'get_task_detail',
    'get_task_node_detail'
];
/** Every OperationEndpoint, in the order request counts are listed. */
const OPERATION_ENDPOINTS = [
    'create_task',
    'create_task_by_app',
    'operate_task',
    'operate_task_by_app',
    'get_task_list'
];
/** Overall result (product.md §4): fail if any task failed or is pending; else error if any errored; else pass. */
function overallResult(tasks, cancelled = false) {
    if (tasks.some((t) => t.verdict === 'fail' || t.verdict === 'pending'))
        return 'fail';
    if (tasks.some((t) => t.verdict === 'error'))
        return 'error';
    // Fail closed: a cancelled run did not verify everything. (An empty shard passes: it has nothing to verify.)
    if (cancelled)
        return 'error';
    return 'pass';
}

;// CONCATENATED MODULE: ./src/check/verdict.ts

/** Fail when a finding says the tree differs; error when every finding says it could not be checked. */
function verdictOf(findings) {
    if (findings.some((f) => !ERROR_FINDINGS.has(f.kind)))
        return 'fail';
    return findings.length > 0 ? 'error' : 'pass';
}

;// CONCATENATED MODULE: ./src/check/subprocess.ts
// Subprocesses: the expectations inside a subprocess node checked as a task of their own, and
// the folding of their results into the parent's (product.md §12).






/**
 * The expectations of a subprocess as a task of their own: its nodes, its `other_nodes`, and the
 * node's spec entry as the place that unlisted findings are annotated on.
 */
function subprocessTask(parent, owner, taskId, spaceId) {
    const sub = owner.subprocess ?? { nodes: [], otherNodes: parent.otherNodes };
    return {
        key: `${parent.key}/child:${taskId}`,
        taskId,
        ...(spaceId !== undefined && { spaceId }),
        states: parent.states,
        timeoutMs: parent.timeoutMs,
        intervalMs: parent.intervalMs,
        onFailed: parent.onFailed,
        otherNodes: sub.otherNodes,
        nodes: sub.nodes,
        range: owner.range
    };
}
/** A parent level's comparison with the comparisons of its subprocesses folded in. */
function mergeComparisons(parent, children) {
    if (children.length === 0)
        return parent;
    const findings = [...parent.findings, ...children.flatMap((c) => c.findings)];
    const rows = [...parent.rows, ...children.flatMap((c) => c.rows)];
    return { verdict: verdictOf(findings), findings, rows };
}
/**
 * The listed nodes with their own `nodes:` that are leaves of the tree: subprocess_plugin nodes,
 * whose child is a separate task. Nodes absent from the tree are left out (their `missing`
 * finding stands for what is inside them), and so are legacy SubProcess nodes (compared in place).
 */
function subprocessTargets(task, tree, names, path) {
    const expectations = (Array.isArray(task.nodes) ? task.nodes : []).filter((e) => e.subprocess);
    if (expectations.length === 0)
        return [];
    const index = indexTree(isNode(tree) ? tree : bareTree(''));
    const lookups = buildLookups(expectations, index, names, path);
    const targets = [];
    for (const expectation of expectations) {
        const { id } = targetOf(expectation, index, lookups);
        const node = id === '' ? undefined : index.byId.get(id);
        if (!node || childrenOf(node).length > 0)
            continue;
        const name = displayName(path, id, nameOf(names, id) ?? expectation.name);
        targets.push({
            expectation,
            nodeId: id,
            path: name ?? shortId(id),
            ...(name !== undefined && { name })
        });
    }
    return targets;
}
/**
 * The finding for a subprocess whose child task could not be read or does not exist: its nested
 * expectations could not be checked (an `error` finding on the node's entry).
 */
function uncheckedSubprocess(target, why) {
    const subject = {
        id: target.nodeId,
        name: target.name,
        label: labels_nodeLabel(target.nodeId, target.name),
        range: target.expectation.range
    };
    return nodeFinding(subject, 'error', 'a child task', 'unknown', `cannot check the nodes inside ${subject.label}: ${labels_oneLine(why)}`);
}

;// CONCATENATED MODULE: ./src/check/unlisted.ts
// The `other_nodes` policy: what is required of the nodes in the tree that no expectation matched.



/**
 * The `other_nodes` policy an unlisted finding was judged by (a subprocess may have its own),
 * read back from its expected value; undefined for any other finding.
 */
function policyOf(finding) {
    if (finding.kind !== 'unlisted_failure')
        return undefined;
    if (finding.expected === RULE.finished.expected)
        return 'finished';
    if (finding.expected === RULE.no_failures.expected)
        return 'no_failures';
    return undefined;
}
/** Which nodes (by position in `index.nodes`) have a FAILED node somewhere below them. */
function failedBelow(index) {
    const below = new Uint8Array(index.nodes.length);
    // Pre-order puts every child after its parent, so a reverse pass sees children first.
    for (let i = index.nodes.length - 1; i >= 0; i--) {
        const parent = index.parents[i];
        if (parent >= 0 && (below[i] === 1 || stateOf(index.nodes[i]) === 'FAILED'))
            below[parent] = 1;
    }
    return below;
}
/** Which nodes sit inside a governed subprocess (its own `nodes:` and `other_nodes:` judge them). */
function insideGoverned(index, governed) {
    const inside = new Uint8Array(index.nodes.length);
    if (governed.size === 0)
        return inside;
    // Pre-order puts every parent before its children, so one forward pass carries the mark down.
    for (let i = 0; i < index.nodes.length; i++) {
        const parent = index.parents[i];
        if (parent >= 0 && (inside[parent] === 1 || governed.has(idOf(index.nodes[parent])))) {
            inside[i] = 1;
        }
    }
    return inside;
}
function violates(policy, state) {
    if (policy === 'no_failures')
        return state === 'FAILED';
    if (policy === 'finished')
        return state !== 'FINISHED';
    return false;
}
const RULE = {
    no_failures: { expected: 'not FAILED', says: 'other_nodes: no_failures forbids failed nodes' },
    finished: { expected: 'FINISHED', says: 'other_nodes: finished requires every node FINISHED' }
};
/**
 * Findings for the unlisted nodes that break the policy, in tree order, with the position of each in
 * `index.nodes`. A FAILED node with a FAILED descendant is left out: in legacy subprocess trees
 * FAILED bubbles up through every ancestor, and the leaf is the one to fix.
 */
function checkUnlisted(policy, index, listedIds, nameFor, range, governed = new Set()) {
    if (policy !== 'no_failures' && policy !== 'finished')
        return [];
    const below = failedBelow(index);
    const inside = insideGoverned(index, governed);
    const results = [];
    for (let i = 0; i < index.nodes.length; i++) {
        const node = index.nodes[i];
        const id = idOf(node);
        if ((id !== '' && listedIds.has(id)) || inside[i] === 1)
            continue;
        const state = stateOf(node);
        if (!violates(policy, state) || (state === 'FAILED' && below[i] === 1))
            continue;
        const name = nameFor(id);
        const label = labels_nodeLabel(id, name);
        const rule = RULE[policy];
        const message = `${label} (not in the spec) is ${formatState(state)}; ${rule.says}`;
        const subject = { id, name, label, range };
        results.push({
            position: i,
            finding: nodeFinding(subject, 'unlisted_failure', rule.expected, formatState(state), message)
        });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/check/compare.ts
// The pure check of one task: its expected state and node expectations against its state tree.









/** The finding a row shows when a node has several: the first of these it has. */
const ROW_PRIORITY = ['state', 'retry', 'skip', 'error_ignored', 'elapsed'];
/** Ambiguity messages name this many matching ids, then `…`. */
const AMBIGUOUS_IDS_SHOWN = 2;
function taskStateFinding(task, state) {
    if (task.states.includes(state))
        return undefined;
    const expected = formatStates(task.states);
    const actual = formatState(state);
    return {
        kind: 'state',
        target: 'task',
        expected,
        actual,
        message: `${taskLabel(task)} is ${actual}, expected ${expected}`,
        range: task.range
    };
}
/** The 'name' finding for an expectation that cannot be tied to one node. */
function unresolvedFinding(task, expectation, index) {
    const name = expectation.name;
    const subject = {
        id: '',
        name,
        label: labels_nodeLabel('', name),
        range: expectation.range
    };
    const quoted = `"${labels_oneLine(name ?? '')}"`;
    const expected = `one node named ${quoted}`;
    if (name === undefined) {
        return nodeFinding(subject, 'name', 'id or name', 'neither', 'node entry has neither id nor name');
    }
    const resolution = resolveName(name, index);
    switch (resolution.kind) {
        case 'resolved':
            return undefined;
        case 'not_loaded':
            return nodeFinding(subject, 'name', expected, 'names not loaded', `cannot resolve name ${quoted}: node names were not loaded; use id`);
        case 'unknown':
            return nodeFinding(subject, 'name', expected, 'no match', `no activity or gateway named ${quoted} in task ${task.taskId}'s pipeline; use id`);
        case 'ambiguous': {
            const shown = resolution.ids.slice(0, AMBIGUOUS_IDS_SHOWN).map(shortId);
            if (resolution.ids.length > AMBIGUOUS_IDS_SHOWN)
                shown.push('…');
            return nodeFinding(subject, 'name', expected, `${resolution.ids.length} matches`, `name ${quoted} matches ${resolution.ids.length} nodes (${shown.join(', ')}): use id`);
        }
    }
}
// Rows carry `name` only when one is known, so reports and the JSON report never see `name: undefined`.
function named(row, name) {
    if (name !== undefined)
        row.name = name;
    return row;
}
function rowFinding(findings) {
    if (findings.length === 0)
        return 'ok';
    for (const kind of ROW_PRIORITY)
        if (findings.some((f) => f.kind === kind))
            return kind;
    return findings[0].kind;
}
/** Checks one listed expectation: its findings and its row, and the id it matched ('' if none). */
function checkListed(task, expectation, tree, lookups) {
    const expected = formatStates(expectation.states);
    const { id, idKind } = targetOf(expectation, tree, lookups);
    const name = displayName(lookups.path, id, nameOf(lookups.names, id) ?? expectation.name);
    if (id === '') {
        const finding = unresolvedFinding(task, expectation, lookups.nameIndex);
        const findings = finding ? [finding] : [];
        return {
            findings,
            row: named({ id: '', listed: true, expected, finding: rowFinding(findings) }, name),
            matchedId: ''
        };
    }
    const label = labels_nodeLabel(id, name);
    const subject = { id, name, label, range: expectation.range };
    if (idKind !== undefined)
        subject.idKind = idKind;
    const node = tree.byId.get(id);
    if (!node) {
        // Without the pipeline tree, an id that is not a runtime id could still be a template one.
        const hint = lookups.names === undefined && expectation.id !== undefined
            ? ' (template node ids can only be matched with the task detail: give the task a space_id)'
            : '';
        const message = `${label} is missing from the tree${hint}`;
        return {
            findings: [nodeFinding(subject, 'missing', expected, 'absent', message)],
            row: withKind(named({ id, listed: true, expected, finding: 'missing' }, name), idKind),
            matchedId: id
        };
    }
    const findings = checkPresentNode(expectation, node, subject);
    const row = {
        id,
        listed: true,
        expected,
        actual: formatState(stateOf(node)),
        retry: node.retry,
        finding: rowFinding(findings)
    };
    const elapsed = knownElapsedSec(node);
    if (elapsed !== undefined)
        row.elapsedSec = elapsed;
    return { findings, row: withKind(named(row, name), idKind), matchedId: id };
}
function withKind(row, idKind) {
    if (idKind !== undefined)
        row.idKind = idKind;
    return row;
}
// Stands in for a tree that is not an object at all, so such input fails on its state, not with a throw.
const NO_TREE = bareTree('');
/**
 * Compares one task's expectations with its state tree (product.md §4): the task's state, each
 * listed node (found by runtime id at any depth, by template node id or by name through `names`),
 * and the `other_nodes` policy over the rest. A listed legacy SubProcess with its own `nodes:` is
 * compared against its nested pipeline, which its `other_nodes` then governs; a subprocess leaf's
 * child task is the poll stage's to read (see subprocessTargets). Pure and total: any tree-shaped
 * input gives a Comparison, never a throw.
 */
function compare(task, tree, names, options = {}) {
    const root = isNode(tree) ? tree : NO_TREE;
    const findings = [];
    const rows = [];
    if (options.taskState !== false) {
        const taskFinding = taskStateFinding(task, stateOf(root));
        if (taskFinding)
            findings.push(taskFinding);
    }
    const index = indexTree(root);
    const expectations = Array.isArray(task.nodes) ? task.nodes : [];
    const lookups = buildLookups(expectations, index, names, options.path);
    const listedIds = new Set();
    const governed = new Set();
    const nested = [];
    for (const expectation of expectations) {
        const checked = checkListed(task, expectation, index, lookups);
        findings.push(...checked.findings);
        rows.push(checked.row);
        if (checked.matchedId === '')
            continue;
        listedIds.add(checked.matchedId);
        const node = index.byId.get(checked.matchedId);
        if (expectation.subprocess && node && childrenOf(node).length > 0) {
            // Legacy layout: the subprocess's pipeline is in this tree, under its node.
            governed.add(checked.matchedId);
            nested.push(compare(subprocessTask(task, expectation, task.taskId), node, names, {
                path: checked.row.name ?? nodeLabelPath(options.path, checked.matchedId),
                taskState: false
            }));
        }
    }
    const nameFor = (id) => displayName(options.path, id, nameOf(names, id));
    const unlisted = checkUnlisted(task.otherNodes, index, listedIds, nameFor, task.range, governed);
    for (const { position, finding } of unlisted) {
        const node = index.nodes[position];
        findings.push(finding);
        const row = {
            id: idOf(node),
            listed: false,
            actual: finding.actual,
            retry: node.retry,
            finding: 'unlisted_failure'
        };
        const elapsed = knownElapsedSec(node);
        if (elapsed !== undefined)
            row.elapsedSec = elapsed;
        rows.push(named(row, finding.nodeName));
    }
    return mergeComparisons({ verdict: verdictOf(findings), findings, rows }, nested);
}
function nodeLabelPath(path, id) {
    return displayName(path, id, undefined) ?? shortId(id);
}

;// CONCATENATED MODULE: ./src/check/index.ts
// The check stage (product.md §2): pure comparison of expected against actual, one task at a time.






;// CONCATENATED MODULE: ./src/spec/diagnostic.ts
/** A diagnostic at a range; errors unless said otherwise. */
function diagnostic(code, message, range, severity = 'error') {
    return { ...range, code, severity, message };
}
/** Diagnostics in file order (line, then column), stable for equal positions. */
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}

;// CONCATENATED MODULE: ./src/settings.ts
// The run's settings as both shells take them: the action as inputs, the CLI as flags and
// BKFLOW_* variables. The core's messages name a setting through SettingNames, so each shell's
// users read the name they can change; the defaults, limits and readers are shared.

/** The action's input names (action.yml). */
const ACTION_SETTINGS = {
    apiUrl: 'api-url',
    appCode: 'app-code',
    appSecret: 'app-secret',
    username: 'username',
    accessToken: 'access-token',
    rateLimit: 'rate-limit',
    maxConcurrency: 'max-concurrency',
    requestTimeout: 'request-timeout',
    allowHttp: 'set allow-http to true',
    defineVar: (name) => `set it in the vars input (\`${name}=…\`) or in the environment`
};
/**
 * The CLI's names: flags and BKFLOW_* variables. `apiUrlFlag` says whether --api-url was given,
 * so that a bad URL is blamed on where it came from.
 */
function cliSettings(apiUrlFlag = false) {
    return {
        apiUrl: apiUrlFlag ? '--api-url' : 'BKFLOW_API_URL',
        appCode: 'BKFLOW_APP_CODE',
        appSecret: 'BKFLOW_APP_SECRET',
        username: 'BKFLOW_USERNAME',
        accessToken: 'BKFLOW_ACCESS_TOKEN',
        rateLimit: '--rate-limit',
        maxConcurrency: '--max-concurrency',
        requestTimeout: '--request-timeout',
        allowHttp: 'pass --allow-http',
        defineVar: (name) => `pass --var ${name}=… or set it in the environment`
    };
}
/** Built-in defaults, under everything a user sets (product.md §5). */
const DEFAULTS = {
    timeoutMs: 30 * 60_000,
    intervalMs: 15_000,
    requestTimeoutMs: 30_000,
    maxConcurrency: 4,
    rateLimitPerMinute: 600
};
/** The gateway's stage quota per app (bkflow-api.md §1.0): a higher client limit could only earn 429s. */
const GATEWAY_QUOTA_PER_MINUTE = 5000;
const MAX_CONCURRENCY = 64;
/** A duration in milliseconds; `positive` refuses 0 (an interval of 0 would poll in a tight loop). */
function readDuration(text, { positive = false } = {}) {
    const ms = parseDuration(text);
    if (ms !== undefined && !(positive && ms === 0))
        return { ok: true, value: ms };
    const more = positive ? ', greater than 0' : '';
    return {
        ok: false,
        expected: `expected a duration such as 500ms, 90s, 15m, 1h30m, or a number of seconds${more}`
    };
}
/** A whole number from 1 to `max`. */
function readCount(text, max) {
    const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
    if (Number.isSafeInteger(n) && n >= 1 && n <= max)
        return { ok: true, value: n };
    return { ok: false, expected: `expected a whole number from 1 to ${max}` };
}

;// CONCATENATED MODULE: ./src/spec/vars.ts
// `${VAR}` references in task_id / space_id, and the KEY=VALUE lines that define them.
// Values may come from the environment and may be secrets: no message here ever contains one.

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The whole-value reference form the schema allows: `${NAME}`. */
const VAR_REF_RE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
/**
 * Parses strict `KEY=VALUE` entries, naming each bad entry with `label(index)` and never echoing
 * a value. Blank entries and `#` comments are skipped; the value is everything after the first `=`.
 */
function parseVarEntries(entries, label) {
    const vars = Object.create(null);
    const firstSeen = new Map();
    const errors = [];
    entries.forEach((raw, index) => {
        const entry = raw.replace(/\r$/, '');
        const trimmed = entry.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const equals = entry.indexOf('=');
        if (equals < 0) {
            errors.push(`${label(index)}: expected KEY=VALUE (no \`=\` found).`);
            return;
        }
        const key = entry.slice(0, equals).trim();
        if (!KEY_RE.test(key)) {
            errors.push(`${label(index)}: the name before \`=\` must be letters, digits and \`_\`, not starting with a digit.`);
            return;
        }
        const first = firstSeen.get(key);
        if (first !== undefined) {
            errors.push(`${label(index)}: ${key} is already set by ${label(first)}.`);
            return;
        }
        firstSeen.set(key, index);
        vars[key] = entry.slice(equals + 1);
    });
    return { vars: { ...vars }, errors };
}
/** Parses the action's `vars` input, one `KEY=VALUE` per line; errors name the line number. */
function parseVars(lines) {
    return parseVarEntries(lines, (index) => `line ${index + 1}`);
}
/** Resolves `${NAME}` to a positive integer. */
function resolveVar(name, sources) {
    const own = Object.prototype.hasOwnProperty;
    const value = own.call(sources.vars, name)
        ? sources.vars[name]
        : own.call(sources.env, name)
            ? sources.env[name]
            : undefined;
    if (value === undefined) {
        return {
            ok: false,
            code: 'undefined-var',
            message: `${name} is not defined: ${(sources.settings ?? ACTION_SETTINGS).defineVar(name)}.`
        };
    }
    const text = value.trim();
    const number = Number(text);
    if (!/^[1-9][0-9]*$/.test(text) || !Number.isSafeInteger(number)) {
        return {
            ok: false,
            code: 'bad-var',
            message: `${name} must be a positive integer (it is used as an id here).`
        };
    }
    return { ok: true, value: number };
}
/** A `${NAME}` anywhere in a text; `$${` stands for a literal `${`. */
const EMBEDDED_VAR_RE = /\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/**
 * Replaces every `${NAME}` inside a text with its value (`$${NAME}` stays a literal `${NAME}`).
 * Used for create.name and create.constants, whose values are sent and never printed: the error
 * names the first undefined variable, never a value.
 */
function interpolate(text, sources) {
    const own = Object.prototype.hasOwnProperty;
    let missing;
    const value = text.replace(EMBEDDED_VAR_RE, (whole, escaped, name) => {
        if (escaped !== undefined)
            return whole.slice(1);
        const found = own.call(sources.vars, name)
            ? sources.vars[name]
            : own.call(sources.env, name)
                ? sources.env[name]
                : undefined;
        if (found === undefined)
            missing ??= name;
        return found ?? '';
    });
    if (missing !== undefined) {
        return {
            ok: false,
            code: 'undefined-var',
            message: `${missing} is not defined: set it in the vars (\`${missing}=…\`) or in the environment.`
        };
    }
    return { ok: true, value };
}

;// CONCATENATED MODULE: ./src/spec/sources.ts
// `create:` and `select:` entries (product.md §12): checked and normalized into a TaskSource.
// Variables inside create.name and create.constants are resolved here; their values are sent to
// BKFlow and never appear in a diagnostic, a plan or a report.



/**
 * A source as reports show it: `template 42 (constants: version)` for create, the filter for
 * select (`template_id: 42, created_within: 24h`). Never a variable's value.
 */
function describeSource(source) {
    if (source.kind === 'create') {
        const names = source.constantNames;
        return `template ${source.templateId}${names.length > 0 ? ` (constants: ${names.join(', ')})` : ''}`;
    }
    const parts = [];
    if (source.templateId !== undefined)
        parts.push(`template_id: ${source.templateId}`);
    if (source.name !== undefined)
        parts.push(`name: "${source.name}"`);
    if (source.creator !== undefined)
        parts.push(`creator: ${source.creator}`);
    if (source.label !== undefined)
        parts.push(`label: "${source.label}"`);
    if (source.createdWithinMs !== undefined) {
        parts.push(`created_within: ${duration_formatDuration(source.createdWithinMs)}`);
    }
    if (source.pick === 'all')
        parts.push('pick: all');
    return parts.join(', ');
}
/** The key a source entry carries until it resolves: its label, which the spec requires for it. */
function sourceKey(kind, label) {
    return `${kind}:${label}`;
}
/**
 * The task's source, or undefined for a `task_id` entry. Null when the entry is invalid (its
 * diagnostics are in the context). `spaceId` is the task's own or the defaults'.
 */
function normalizeSource(task, taskPath, spaceId, ctx) {
    const kind = task.create !== undefined ? 'create' : task.select !== undefined ? 'select' : null;
    if (kind === null)
        return undefined;
    let ok = true;
    if (task.label === undefined) {
        const message = `A task with \`${kind}\` needs a \`label\`: it names the task in the reports and in the task-ids output.`;
        ctx.diagnostics.push(diagnostic('missing-key', message, ctx.locator.keyRange([...taskPath, kind])));
        ok = false;
    }
    const source = task.create !== undefined
        ? createSource(task.create, [...taskPath, 'create'], ctx)
        : selectSource(task.select ?? {}, [...taskPath, 'select'], spaceId, ctx);
    return ok ? source : null;
}
function createSource(raw, path, ctx) {
    const { locator, diagnostics } = ctx;
    const templateId = ctx.resolveId(raw.template_id, [...path, 'template_id']);
    let ok = templateId !== null;
    let name;
    if (raw.name !== undefined) {
        const resolved = interpolate(raw.name, ctx.vars);
        if (resolved.ok)
            name = resolved.value;
        else {
            diagnostics.push(diagnostic(resolved.code, resolved.message, locator.valueRange([...path, 'name'])));
            ok = false;
        }
    }
    const constants = {};
    for (const [key, value] of Object.entries(raw.constants ?? {})) {
        const at = [...path, 'constants', key];
        if (/[${}]/.test(key) || key.trim() === '') {
            const bare = key.replace(/^\$\{|\}$/g, '');
            const message = `Constant key \`${key}\`: write the variable's key without \`\${}\` (\`${bare}\`); the gate adds it.`;
            diagnostics.push(diagnostic('bad-value', message, locator.keyRange(at)));
            ok = false;
            continue;
        }
        const resolved = resolveDeep(value);
        if ('error' in resolved) {
            diagnostics.push(diagnostic('undefined-var', resolved.error, locator.valueRange(at)));
            ok = false;
            continue;
        }
        // BKFlow matches constants by their full key; unknown keys are silently ignored (bkflow-api-2.md §3.2).
        constants[`\${${key}}`] = resolved.value;
    }
    if (!ok || templateId === null)
        return null;
    return {
        kind: 'create',
        templateId,
        ...(raw.name !== undefined && { nameAsWritten: raw.name }),
        constantNames: Object.keys(raw.constants ?? {}),
        ...(raw.creator !== undefined && { creator: raw.creator }),
        payload: { ...(name !== undefined && { name }), constants }
    };
    // Strings at any depth may hold `${VAR}`; numbers, booleans and null pass as written.
    function resolveDeep(value) {
        if (typeof value === 'string') {
            const r = interpolate(value, ctx.vars);
            return r.ok ? { value: r.value } : { error: r.message };
        }
        if (Array.isArray(value)) {
            const out = [];
            for (const item of value) {
                const r = resolveDeep(item);
                if ('error' in r)
                    return r;
                out.push(r.value);
            }
            return { value: out };
        }
        if (value !== null && typeof value === 'object') {
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                const r = resolveDeep(v);
                if ('error' in r)
                    return r;
                out[k] = r.value;
            }
            return { value: out };
        }
        return { value };
    }
}
const SELECT_FILTERS = ['template_id', 'name', 'creator', 'label', 'created_within'];
function selectSource(raw, path, spaceId, ctx) {
    const { locator, diagnostics } = ctx;
    let ok = true;
    if (spaceId === undefined) {
        const message = '`select` needs a `space_id` (on the task or in `defaults`): the task list is read per space.';
        diagnostics.push(diagnostic('select-needs-space', message, locator.keyRange(path)));
        ok = false;
    }
    if (!SELECT_FILTERS.some((key) => raw[key] !== undefined)) {
        const message = `\`select\` needs at least one filter (${SELECT_FILTERS.join(', ')}): without one it would pick any task of the space.`;
        diagnostics.push(diagnostic('select-needs-filter', message, locator.keyRange(path)));
        ok = false;
    }
    const templateId = raw.template_id === undefined
        ? undefined
        : ctx.resolveId(raw.template_id, [...path, 'template_id']);
    if (templateId === null || !ok)
        return null;
    const createdWithinMs = raw.created_within === undefined ? undefined : parseDuration(raw.created_within);
    return {
        kind: 'select',
        ...(templateId !== undefined && { templateId }),
        ...(raw.name !== undefined && { name: raw.name }),
        ...(raw.creator !== undefined && { creator: raw.creator }),
        ...(raw.label !== undefined && { label: raw.label }),
        ...(createdWithinMs !== undefined && { createdWithinMs }),
        pick: raw.pick ?? 'latest'
    };
}

;// CONCATENATED MODULE: ./src/report/redact.ts
// The renderers' view of the shared text safety (src/safe-text.ts, src/secrets.ts): every piece of
// model text passes through `oneLine` before it is rendered.


/** Model text made safe for one line: secrets masked, controls removed, line breaks made spaces. */
function redact_oneLine(text) {
    return plainText(text);
}

;// CONCATENATED MODULE: ./src/report/describe.ts
// Words and counts every renderer shares: task titles, verdict counts, the footer sentence, and
// which findings belong to which node row.



/** A task as people read it: its label, else `task <id>` with ` (space <s>)` when it has one. */
function describe_taskTitle(result) {
    const { task } = result;
    if (task.label)
        return redact_oneLine(task.label);
    return task.spaceId === undefined
        ? `task ${task.taskId}`
        : `task ${task.taskId} (space ${task.spaceId})`;
}
/**
 * Where the task lives, for lines that follow a label: `task 1042, space 7` or `task 1042,
 * app-bound`, then where its id came from (`created from template 42`, `selected by …`) and
 * whether it was revoked; `no task` when its source found none.
 */
function describe_taskWhere(result) {
    const { task } = result;
    const where = task.spaceId === undefined ? 'app-bound' : `space ${task.spaceId}`;
    const found = task.taskId > 0;
    const parts = [found ? `task ${task.taskId}, ${where}` : `no task, ${where}`];
    if (task.source) {
        const how = redact_oneLine(describeSource(task.source));
        const verb = task.source.kind === 'create' ? 'created from' : 'selected by';
        parts.push(found ? `${verb} ${how}` : `${task.source.kind}: ${how}`);
    }
    if (result.revoke)
        parts.push(redact_oneLine(result.revoke.message));
    return parts.join(' · ');
}
/** Counts tasks per verdict. */
function describe_countVerdicts(tasks) {
    const counts = { passed: 0, failed: 0, pending: 0, errors: 0 };
    for (const t of tasks) {
        if (t.verdict === 'pass')
            counts.passed++;
        else if (t.verdict === 'fail')
            counts.failed++;
        else if (t.verdict === 'pending')
            counts.pending++;
        else
            counts.errors++;
    }
    return counts;
}
/** Nodes in the trees that were read, the root excluded. */
function countNodes(tasks) {
    let nodes = 0;
    for (const t of tasks)
        nodes += t.tree?.nodes ?? 0;
    return nodes;
}

// How each kind of row finding is counted in the footer: "1 node failed, 2 missing".
const ROW_WORDS = [
    { key: 'failed', words: 'failed' },
    { key: 'state', words: 'in another state' },
    { key: 'missing', words: 'missing' },
    { key: 'unlisted_failure', words: 'unlisted and not allowed' },
    { key: 'retry', words: 'retried too often' },
    { key: 'skip', words: 'with the wrong skip flag' },
    { key: 'error_ignored', words: 'with the wrong error_ignored flag' },
    { key: 'elapsed', words: 'too slow' },
    { key: 'name', words: 'not found by name' }
];
function rowKey(row) {
    if (row.finding === 'state' && row.actual === 'FAILED')
        return 'failed';
    return row.finding;
}
/** The node findings of a run as a phrase, `1 node failed, 1 missing`; '' when there are none. */
function nodeBreakdown(tasks) {
    const counts = new Map();
    for (const t of tasks) {
        for (const row of t.rows) {
            if (row.finding === 'ok' || row.finding === 'pending' || row.finding === 'error')
                continue;
            const key = rowKey(row);
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    const parts = [];
    for (const { key, words } of ROW_WORDS) {
        const n = counts.get(key);
        if (!n)
            continue;
        parts.push(parts.length === 0 ? `${text_plural(n, 'node')} ${words}` : `${n} ${words}`);
    }
    return parts.join(', ');
}
/** The one-line outcome: `Checked 3 tasks, 27 nodes: 2 passed, 1 failed (1 node failed, 1 missing).` */
function describe_footerLine(run) {
    const counts = describe_countVerdicts(run.tasks);
    const verdicts = [`${counts.passed} passed`];
    if (counts.failed > 0)
        verdicts.push(`${counts.failed} failed`);
    if (counts.pending > 0)
        verdicts.push(`${counts.pending} pending`);
    if (counts.errors > 0)
        verdicts.push(text_plural(counts.errors, 'error'));
    const breakdown = nodeBreakdown(run.tasks);
    let line = `Checked ${text_plural(run.tasks.length, 'task')}, ${text_plural(countNodes(run.tasks), 'node')}: ${verdicts.join(', ')}`;
    if (breakdown)
        line += ` (${breakdown})`;
    line += '.';
    if (run.skippedByShard > 0)
        line += ` ${run.skippedByShard} more in other shards.`;
    if (run.cancelled)
        line += ' Cancelled before every task settled.';
    return line;
}
/** For a task that never settled: `RUNNING for 30m`, or why nothing can be said. */
function describe_lastSeen(result, run) {
    if (result.state === null)
        return 'never read';
    const until = result.settledAt ?? run.finishedAt;
    const since = result.stateSince;
    if (since === null || until < since)
        return redact_oneLine(result.state) || '(no state)';
    return `${redact_oneLine(result.state) || '(no state)'} for ${duration_formatDuration(until - since)}`;
}
/** How long a task took to settle, or undefined when it did not. */
function describe_settledAfter(result) {
    if (result.settledAt === null || result.settledAt < result.startedAt)
        return undefined;
    return duration_formatDuration(result.settledAt - result.startedAt);
}
/** Node findings grouped by row, in row order, plus the node findings no row claims (kept, never lost). */
function describe_findingsByRow(result) {
    const byId = new Map();
    const byName = new Map();
    for (const f of result.findings) {
        if (f.target !== 'node')
            continue;
        if (f.nodeId)
            push(byId, f.nodeId, f);
        else
            push(byName, f.nodeName ?? '', f);
    }
    const claimed = new Set();
    const rows = result.rows.map((row) => {
        const findings = row.id !== '' ? (byId.get(row.id) ?? []) : (byName.get(row.name ?? '') ?? []);
        const own = findings.filter((f) => !claimed.has(f));
        for (const f of own)
            claimed.add(f);
        return { row, findings: own };
    });
    const unmatched = result.findings.filter((f) => f.target === 'node' && !claimed.has(f));
    return { rows, unmatched };
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** Task-wide findings (the task's own state, pending, errors). */
function describe_taskFindings(result) {
    return result.findings.filter((f) => f.target === 'task');
}
/** Verdicts in the order people should read them: what failed, what could not be checked, what is still running, what passed. */
const describe_VERDICT_ORDER = { fail: 0, error: 1, pending: 2, pass: 3 };
/** Finding kinds grouped by how urgent they are: errors and failures before pending. */
function describe_findingRank(kind) {
    return kind === 'pending' ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/report/shared-errors.ts
// Run-wide errors said once. A wrong secret, a wrong gateway path, an unreachable gateway, or an
// app or a space without permission fails every task it touches with the same message; the plan and the log say it once
// and list the tasks it affected (each task's verdict stays `error`).
// Errors about the setup (credentials, API URL, permissions) rather than about one task: the
// same fix for every task they hit. A task's own errors (not found, wrong space) stay its own.
const SETUP_KINDS = new Set([
    'auth',
    'permission',
    'api_not_found',
    'unreachable',
    'config',
    'insecure'
]);
// Errors about the one API URL: a wrong gateway path names each request's own path, an
// unreachable gateway each request's own failure, yet the fix is the same for all of them.
const URL_KINDS = new Set(['api_not_found', 'unreachable']);
/** The key under which errors count as one, or undefined for an error of the task's own. */
function sharedErrorKey(error) {
    if (!SETUP_KINDS.has(error.kind))
        return undefined;
    return URL_KINDS.has(error.kind) ? error.kind : `${error.kind}\n${error.message}`;
}
/** The errors that two or more tasks share, in the order of their first task. */
function shared_errors_sharedErrors(tasks) {
    const groups = new Map();
    for (const task of tasks) {
        const key = task.error === undefined ? undefined : sharedErrorKey(task.error);
        if (key === undefined || task.error === undefined)
            continue;
        const group = groups.get(key);
        if (group)
            group.tasks.push(task);
        else
            groups.set(key, { kind: task.error.kind, message: task.error.message, tasks: [task] });
    }
    return [...groups.values()].filter((group) => group.tasks.length > 1);
}
/**
 * Progress lines for a log, with each run-wide error in full only the first time: a later task
 * that hit the same one gets a short line that points to the first.
 */
function progressLines() {
    const firstTask = new Map();
    return (event) => {
        if (!('error' in event) || event.error === undefined)
            return event.message;
        const key = sharedErrorKey(event.error);
        if (key === undefined)
            return event.message;
        const first = firstTask.get(key);
        if (first === undefined) {
            firstTask.set(key, event.taskId);
            return event.message;
        }
        return `task ${event.taskId}: error (the same as task ${first}, above)`;
    };
}

;// CONCATENATED MODULE: ./src/report/symbols.ts
// Terraform-like symbols and verdict words for the plan text (product.md §4).
/** The plan's symbol for each finding: `~` differs, `-` missing, `!` unlisted, `?` pending, `x` could not check. */
const SYMBOLS = {
    ok: ' ',
    state: '~',
    missing: '-',
    unlisted_failure: '!',
    retry: '~',
    skip: '~',
    error_ignored: '~',
    elapsed: '~',
    pending: '?',
    name: 'x',
    error: 'x'
};
/** One line that explains the symbols, printed once after the plan when there are findings. */
const LEGEND = 'Legend: ~ differs from the spec, - missing, ! unlisted node not allowed by other_nodes, ? not settled in time, x could not be checked.';
const ANSI = {
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    green: '\u001b[32m',
    bold: '\u001b[1m',
    dim: '\u001b[2m'
};
const RESET = '\u001b[0m';
/** Wraps text in an ANSI colour when `color` is on; returns it unchanged otherwise. */
function paint(text, how, color) {
    return color && text !== '' ? `${ANSI[how]}${text}${RESET}` : text;
}
/** The colour of a finding's symbol: red for what failed or is missing, yellow for differences and pending. */
function findingPaint(kind) {
    if (kind === 'ok')
        return 'dim';
    if (kind === 'missing' || kind === 'unlisted_failure' || kind === 'name' || kind === 'error') {
        return 'red';
    }
    return 'yellow';
}
/** The colour of a verdict word. */
function verdictPaint(verdict) {
    if (verdict === 'pass')
        return 'green';
    if (verdict === 'pending')
        return 'yellow';
    return 'red';
}
/**
 * Whether to colour text written to `stream`: never with NO_COLOR (any non-empty value) or
 * TERM=dumb, always with FORCE_COLOR (other than `0`/`false`), else only on a terminal.
 */
function shouldColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}

;// CONCATENATED MODULE: ./src/report/plan.ts
// The plan: what the console and the CLI print, one block per task with Terraform-like lines.







/**
 * Renders the plan of a run; pure. Colour is ANSI escapes, only when asked for. An error that
 * several tasks share (a wrong secret, say) is one block, where its first task would be.
 */
function renderPlan(run, options) {
    const groupOf = new Map();
    for (const group of shared_errors_sharedErrors(run.tasks))
        for (const t of group.tasks)
            groupOf.set(t, group);
    const blocks = [];
    for (const result of run.tasks) {
        const group = groupOf.get(result);
        if (!group)
            blocks.push(renderBlock(result, run, options.color));
        else if (group.tasks[0] === result)
            blocks.push(renderShared(group, run, options.color));
    }
    const anyFinding = run.tasks.some((t) => t.findings.length > 0 || t.verdict !== 'pass');
    return { blocks, footer: describe_footerLine(run), legend: anyFinding ? LEGEND : '' };
}
/** The plan as one text for the CLI: the blocks, the footer, then the legend. */
function planText(run, options) {
    const plan = renderPlan(run, options);
    const parts = plan.blocks.map((b) => (b.body ? `${b.title}\n${b.body}` : b.title));
    parts.push(plan.legend ? `${plan.footer}\n${plan.legend}` : plan.footer);
    return parts.join('\n\n') + '\n';
}
function renderBlock(result, run, color) {
    const verdict = paint(result.verdict, verdictPaint(result.verdict), color);
    const reason = redact_oneLine(result.reason);
    const title = `${paint(describe_taskTitle(result), 'bold', color)}: ${verdict}${reason ? ` — ${reason}` : ''}`;
    const lines = [`  ${taskInfo(result, run)}`];
    // The task's own state first: it is what the verdict mostly rests on.
    for (const f of describe_taskFindings(result))
        lines.push(line(f.kind, taskLine(f, result, run), color));
    if (result.verdict === 'pending' && !result.findings.some((f) => f.kind === 'pending')) {
        lines.push(line('pending', `not settled: last seen ${describe_lastSeen(result, run)}`, color));
    }
    if (result.error && !result.findings.some((f) => f.target === 'task' && f.kind === 'error')) {
        lines.push(line('error', `${redact_oneLine(result.error.kind)}: ${redact_oneLine(result.error.message)}`, color));
    }
    const grouped = describe_findingsByRow(result);
    let ok = 0;
    let retried = 0;
    for (const { row, findings } of grouped.rows) {
        // A node that passed after retries is worth a line: the retry is news even when it is allowed.
        if (row.finding === 'ok' && row.retry !== undefined && row.retry > 0) {
            const label = labels_nodeLabel(row.id, row.name === undefined ? undefined : redact_oneLine(row.name));
            const text = `${label} ${redact_oneLine(row.actual ?? '')} (retry ${row.retry})${byTemplate(row)}`;
            lines.push(line('ok', text, color));
            retried++;
        }
        else if (row.finding === 'ok')
            ok++;
        else
            lines.push(rowLine(row, findings, result, color));
    }
    for (const f of grouped.unmatched) {
        const name = f.nodeName === undefined ? undefined : redact_oneLine(f.nodeName);
        lines.push(line(f.kind, `${labels_nodeLabel(f.nodeId ?? '', name)} ${detail(f, result)}`, color));
    }
    if (ok > 0)
        lines.push(`    ${text_plural(ok, retried > 0 ? 'other listed node' : 'listed node')} ok`);
    return { title, body: lines.join('\n') };
}
/** `3 tasks: error — <the message>`, then one line per task it affected. */
function renderShared(group, run, color) {
    const verdict = paint('error', verdictPaint('error'), color);
    const count = paint(text_plural(group.tasks.length, 'task'), 'bold', color);
    const title = `${count}: ${verdict} — ${redact_oneLine(group.message)}`;
    const lines = group.tasks.map((result) => {
        const label = result.task.label ? `${redact_oneLine(result.task.label)} · ` : '';
        return line('error', `${label}${taskInfo(result, run)}`, color);
    });
    return { title, body: lines.join('\n') };
}
function line(kind, text, color) {
    return `  ${paint(SYMBOLS[kind], findingPaint(kind), color)} ${text}`;
}
/** `task 1042, space 7 · FINISHED after 2m 5s · 27 nodes · 4 requests`. */
function taskInfo(result, run) {
    const parts = [describe_taskWhere(result)];
    const settled = describe_settledAfter(result);
    if (result.state === null)
        parts.push('never read');
    else if (settled !== undefined)
        parts.push(`${redact_oneLine(result.state)} after ${settled}`);
    else
        parts.push(`last seen ${describe_lastSeen(result, run)}`);
    if (result.tree)
        parts.push(text_plural(result.tree.nodes, 'node'));
    parts.push(text_plural(result.requests, 'request'));
    if (result.cancelled)
        parts.push('cancelled');
    return parts.join(' · ');
}
function rowLine(row, findings, result, color) {
    const label = labels_nodeLabel(row.id, row.name === undefined ? undefined : redact_oneLine(row.name));
    const details = findings.length > 0
        ? findings.map((f) => detail(f, result))
        : [`${row.finding}: ${row.expected ?? '?'} -> ${row.actual ?? 'absent'}`];
    if (findings.some((f) => f.kind === 'state') && row.retry !== undefined && row.retry > 0) {
        details[0] += ` (retry ${row.retry})`;
    }
    return line(row.finding, `${label} ${details.join('; ')}${byTemplate(row)}`, color);
}
/** Rows found by a template node id say so: the id in the label is this task's runtime one. */
function byTemplate(row) {
    return row.idKind === 'template' ? ' (by template node id)' : '';
}
/** What a node finding says after the node's label. */
function detail(f, result) {
    const expected = redact_oneLine(f.expected);
    const actual = redact_oneLine(f.actual);
    switch (f.kind) {
        case 'state':
            return `${expected} -> ${actual}`;
        case 'missing':
            return `missing (expected ${expected})`;
        case 'unlisted_failure':
            return `${actual}, not listed (other_nodes: ${policyOf(f) ?? result.task.otherNodes})`;
        case 'retry':
        case 'skip':
        case 'error_ignored':
        case 'elapsed':
            return `${f.kind} ${expected} -> ${actual}`;
        case 'name':
            return `unresolved: ${redact_oneLine(f.message)}`;
        default:
            return redact_oneLine(f.message);
    }
}
function taskLine(f, result, run) {
    switch (f.kind) {
        case 'state':
            return `task ${redact_oneLine(f.expected)} -> ${redact_oneLine(f.actual)}`;
        case 'pending':
            return `not settled: last seen ${describe_lastSeen(result, run)}, expected ${redact_oneLine(f.expected)}`;
        case 'error':
            return `could not check: ${redact_oneLine(f.message)}`;
        default:
            return `task ${redact_oneLine(f.message)}`;
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Escaping for GitHub-flavoured markdown. Entities rather than backslashes, because the same text
// also lands inside raw HTML (`<summary>`), where a backslash would show literally.

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    '\\': '&#92;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;'
};
const SPECIAL = /[&<>|`\\*_[\]~]/g;
/**
 * Model text (user or API) as inert markdown on one line: secrets masked, controls removed, line
 * breaks made spaces, `@mentions` and `#123` references neutralized, and every character that could end a table cell, open HTML or code, or format text
 * (`| < > ` & \ * _ [ ] ~`) written as an entity.
 */
function markdown_md(text) {
    return neutralizeReferences(clip(oneLine(text))).replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}
/**
 * `@name` would notify a user or team and `#123` (`GH-123`, `org/repo#123`) would link and
 * cross-reference an issue from the summary or the PR comment. A zero-width space after `@` or `#`
 * keeps the text as it reads; GitHub decodes entities before it looks for references, so an
 * entity would not do.
 */
function neutralizeReferences(text) {
    return text.replace(/([@#])(?=[A-Za-z0-9])/g, '$1\u200b').replace(/\b(GH)-(?=\d)/gi, '$1-\u200b');
}
/** No single piece of model text may crowd out the rest of a report. */
const MAX_TEXT_CHARS = 1000;
function clip(text) {
    // By code point, so a cut never splits a surrogate pair.
    return text.length > MAX_TEXT_CHARS
        ? `${Array.from(text)
            .slice(0, MAX_TEXT_CHARS - 1)
            .join('')}…`
        : text;
}
/** Model text as inline code that cannot be broken out of: `<code>` with the content escaped. */
function markdown_code(text) {
    return `<code>${markdown_md(text)}</code>`;
}
/** Bytes of text in UTF-8: GitHub's limits on summaries are in bytes. */
function markdown_byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary: markdown for the run page, failing tasks first and expanded, passing ones
// collapsed, every piece of model text escaped, and never over a byte budget.




/**
 * GitHub drops a step summary over 1 MiB (1,048,576 bytes); the default stays clear of it so the
 * runner's own line ending and a second write cannot push it over.
 */
const SUMMARY_MAX_BYTES = 1_000_000;
// Kept free at every step for the closing `</details>` and the note on what was left out.
const CLOSING_RESERVE = 600;
const RUN_ICON = { pass: '✅', fail: '❌', error: '⚠️' };
const TASK_ICON = { pass: '✅', fail: '❌', pending: '⏳', error: '⚠️' };
const TABLE_HEAD = (/* unused pure expression or super */ null && ('| node | name | expected | actual | retry | elapsed | finding |\n' +
    '| :--- | :--- | :--- | :--- | ---: | ---: | :--- |\n'));
const FINDING_WORDS = {
    state: 'state',
    missing: 'missing',
    unlisted_failure: 'not listed, not allowed by other_nodes',
    retry: 'retry',
    skip: 'skip',
    error_ignored: 'error_ignored',
    elapsed: 'elapsed',
    pending: 'pending',
    name: 'name',
    error: 'error'
};
/** Collects markdown while it fits under a byte limit. */
class Budget {
    limit;
    parts = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds text if it fits with room left for the closing; says whether it did. */
    add(text) {
        const size = byteLength(text);
        if (this.used + size > this.limit - CLOSING_RESERVE)
            return false;
        this.parts.push(text);
        this.used += size;
        return true;
    }
    /** Adds text whatever its size (headings and closings that must be there). */
    force(text) {
        this.parts.push(text);
        this.used += byteLength(text);
    }
    text() {
        return this.parts.join('');
    }
}
/**
 * The job summary of a run as markdown: a headline verdict, then per task a table of its nodes
 * (node, name, expected, actual, retry, elapsed, finding). Failing, erroring and pending tasks come
 * first and expanded; passing ones are collapsed. Past `maxBytes` (UTF-8) it stops adding tasks
 * and rows and says how many were left out.
 */
function summary_renderSummary(run, options = {}) {
    const budget = new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES);
    budget.force(headline(run));
    const ordered = run.tasks
        .map((task, index) => ({ task, index }))
        .sort((a, b) => VERDICT_ORDER[a.task.verdict] - VERDICT_ORDER[b.task.verdict] || a.index - b.index)
        .map((entry) => entry.task);
    let tasksLeft = 0;
    let rowsLeft = 0;
    let stopped = false;
    for (const result of ordered) {
        if (stopped) {
            tasksLeft++;
            rowsLeft += result.rows.length;
            continue;
        }
        const shown = renderTask(result, run, budget);
        if (shown === 'none') {
            stopped = true;
            tasksLeft++;
            rowsLeft += result.rows.length;
        }
        else if (shown.rowsLeft > 0) {
            stopped = true;
            rowsLeft += shown.rowsLeft;
        }
    }
    if (tasksLeft > 0 || rowsLeft > 0) {
        budget.force(`> [!WARNING]\n> ${plural(tasksLeft, 'task')} and ${plural(rowsLeft, 'row')} were left out ` +
            `to keep this summary within GitHub's size limit; the JSON report has everything.\n`);
    }
    return budget.text();
}
function headline(run) {
    const lines = [
        `## ${RUN_ICON[run.result]} BKFlow gate: ${run.result}`,
        '',
        `**${md(footerLine(run))}**`,
        ''
    ];
    const facts = [
        `Spec ${code(run.specFile)}`,
        `mode ${run.mode}`,
        `took ${formatDuration(Math.max(0, run.finishedAt - run.startedAt))}`,
        `${plural(run.requests.total, 'request')} to BKFlow`
    ];
    lines.push(facts.join(' · '), '');
    if (run.tasks.length === 0)
        lines.push('No tasks to check.', '');
    return lines.join('\n') + '\n';
}
/** A failing task with more ok rows than this shows them in a collapsed table under the failing ones. */
const OK_ROWS_INLINE = 5;
/** Renders one task; 'none' when not even its heading fits, else how many of its rows did not fit. */
function renderTask(result, run, budget) {
    const collapsed = result.verdict === 'pass';
    const rows = sortedRows(result);
    const failing = rows.filter((r) => r.row.finding !== 'ok');
    const ok = rows.filter((r) => r.row.finding === 'ok');
    if (!budget.add(collapsed ? collapsedHead(result, run) : expandedHead(result, run)))
        return 'none';
    const groups = collapsed || failing.length === 0 || ok.length <= OK_ROWS_INLINE
        ? [{ open: TABLE_HEAD, close: '', rows }]
        : [
            { open: TABLE_HEAD, close: '', rows: failing },
            {
                open: `\n<details><summary>${plural(ok.length, 'more listed node')} ok</summary>\n\n${TABLE_HEAD}`,
                close: '\n</details>\n',
                rows: ok
            }
        ];
    let rowsLeft = 0;
    let stopped = false;
    for (const group of groups) {
        if (group.rows.length === 0)
            continue;
        if (stopped || !budget.add(group.open)) {
            stopped = true;
            rowsLeft += group.rows.length;
            continue;
        }
        let shown = 0;
        for (const { row, findings } of group.rows) {
            if (!budget.add(summary_rowLine(row, findings, result)))
                break;
            shown++;
        }
        budget.force(group.close);
        if (shown < group.rows.length) {
            stopped = true;
            rowsLeft += group.rows.length - shown;
        }
    }
    budget.force(collapsed ? '\n</details>\n\n' : rows.length > 0 ? '\n' : '');
    return { rowsLeft };
}
function expandedHead(result, run) {
    const lines = [`### ${TASK_ICON[result.verdict]} ${md(taskTitle(result))}: ${result.verdict}`, ''];
    if (result.reason)
        lines.push(`**${md(result.reason)}**`, '');
    lines.push(taskFacts(result, run), '');
    if (result.verdict === 'pending' && result.cancelled) {
        lines.push(`The run was cancelled before this task settled: last seen ${md(lastSeen(result, run))}.`, '');
    }
    else if (result.verdict === 'pending') {
        lines.push(`It did not settle within its ${formatDuration(result.task.timeoutMs)} timeout: ` +
            `last seen ${md(lastSeen(result, run))}. Raise \`timeout\` if it needs longer.`, '');
    }
    if (result.error) {
        lines.push(`Could not be checked (${md(result.error.kind)}): ${md(result.error.message)}`, '');
    }
    const bullets = taskFindings(result)
        .filter((f) => f.kind !== 'pending' && !(f.kind === 'error' && f.message === result.error?.message))
        .map((f) => `- ${taskFindingText(f)}`);
    const unmatched = findingsByRow(result).unmatched.map((f) => `- ${findingIcon(f.kind)} ${md(f.message)}`);
    if (bullets.length + unmatched.length > 0)
        lines.push(...bullets, ...unmatched, '');
    if (result.rows.length === 0 && result.verdict === 'fail') {
        lines.push('No node expectations in the spec.', '');
    }
    return lines.join('\n') + '\n';
}
function collapsedHead(result, run) {
    const parts = [`${TASK_ICON[result.verdict]} ${md(taskTitle(result))}: ${result.verdict}`];
    parts.push(taskFacts(result, run));
    const lines = [`<details><summary>${parts.join(' · ')}</summary>`, ''];
    if (result.rows.length === 0)
        lines.push('No node expectations; the other nodes met `other_nodes`.');
    return lines.join('\n') + '\n';
}
/** `task 1042, space 7 · FINISHED after 2m 5s · 27 nodes · 4 requests`, escaped. */
function taskFacts(result, run) {
    const parts = [md(taskWhere(result))];
    const settled = settledAfter(result);
    if (result.state === null)
        parts.push('never read');
    else if (settled !== undefined)
        parts.push(`${md(result.state)} after ${settled}`);
    else if (result.verdict !== 'pending')
        parts.push(`last seen ${md(lastSeen(result, run))}`);
    if (result.tree)
        parts.push(plural(result.tree.nodes, 'node'));
    parts.push(plural(result.requests, 'request'));
    if (result.cancelled)
        parts.push('cancelled');
    return parts.join(' · ');
}
function taskFindingText(f) {
    if (f.kind === 'state') {
        return `${findingIcon(f.kind)} Task state: expected ${md(f.expected)}, actual **${md(f.actual)}**`;
    }
    return `${findingIcon(f.kind)} ${md(f.message)}`;
}
/** Rows with a finding first (in their own order), then the rows that are ok. */
function sortedRows(result) {
    const { rows } = findingsByRow(result);
    return [
        ...rows.filter((r) => r.row.finding !== 'ok'),
        ...rows.filter((r) => r.row.finding === 'ok')
    ];
}
function summary_rowLine(row, findings, result) {
    const differs = row.finding !== 'ok' && row.actual !== undefined && row.actual !== row.expected;
    const expected = row.expected !== undefined
        ? md(row.expected)
        : row.listed
            ? ''
            : md(`other_nodes: ${result.task.otherNodes}`);
    const actual = row.actual === undefined
        ? '—'
        : differs && stateDiffers(findings)
            ? `**${md(row.actual)}**`
            : md(row.actual);
    const cells = [
        row.id === '' ? '—' : code(row.id),
        row.name === undefined ? '' : md(row.name),
        expected,
        actual,
        row.retry === undefined ? '' : String(row.retry),
        row.elapsedSec === undefined ? '' : formatDuration(row.elapsedSec * 1000),
        findingCell(row, findings)
    ];
    return `| ${cells.join(' | ')} |\n`;
}
function stateDiffers(findings) {
    return findings.some((f) => f.kind === 'state' || f.kind === 'unlisted_failure');
}
function findingCell(row, findings) {
    if (row.finding === 'ok')
        return 'ok';
    if (findings.length === 0)
        return `${findingIcon(row.finding)} ${FINDING_WORDS[row.finding]}`;
    return findings.map(findingText).join('<br>');
}
function findingText(f) {
    const icon = findingIcon(f.kind);
    switch (f.kind) {
        case 'retry':
        case 'skip':
        case 'error_ignored':
        case 'elapsed':
            return `${icon} ${FINDING_WORDS[f.kind]}: expected ${md(f.expected)}, got ${md(f.actual)}`;
        case 'name':
        case 'error':
            return `${icon} ${md(f.message)}`;
        default:
            return `${icon} ${FINDING_WORDS[f.kind]}`;
    }
}
function findingIcon(kind) {
    if (kind === 'ok')
        return '✅';
    if (kind === 'pending')
        return '⏳';
    if (kind === 'name' || kind === 'error')
        return '⚠️';
    return '❌';
}
/** The job summary for a spec that did not validate: every diagnostic with its place, nothing checked. */
function renderDiagnosticsSummary(file, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const budget = new Budget(SUMMARY_MAX_BYTES);
    budget.force([
        `## ${RUN_ICON.error} BKFlow gate: the spec is invalid`,
        '',
        `${code(file)} has ${plural(errors, 'error')}${diagnostics.length > errors ? ` and ${plural(diagnostics.length - errors, 'warning')}` : ''}; nothing was checked. Fix each line below and run again.`,
        '',
        '| line | column | severity | code | problem |',
        '| ---: | ---: | :--- | :--- | :--- |',
        ''
    ].join('\n'));
    const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
    let shown = 0;
    for (const d of sorted) {
        const cells = [String(d.line), String(d.column), d.severity, code(d.code), md(d.message)];
        if (!budget.add(`| ${cells.join(' | ')} |\n`))
            break;
        shown++;
    }
    if (shown < sorted.length) {
        budget.force(`\n> [!WARNING]\n> ${plural(sorted.length - shown, 'problem')} more were left out.\n`);
    }
    return budget.text();
}
/**
 * The job summary of a run that could not start: `headline` (e.g. "the inputs are invalid") and
 * one bullet per problem, escaped. Without it the run page would show nothing but the log.
 */
function renderErrorSummary(headline, problems) {
    const budget = new Budget(SUMMARY_MAX_BYTES);
    budget.force(`## ${RUN_ICON.error} BKFlow gate: ${md(headline)}\n\nNothing was checked.\n\n`);
    let shown = 0;
    for (const problem of problems) {
        if (!budget.add(`- ${md(problem)}\n`))
            break;
        shown++;
    }
    if (shown < problems.length) {
        budget.force(`\n${plural(problems.length - shown, 'problem')} more were left out.\n`);
    }
    return budget.text();
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Annotations: one error per finding, on the spec line that declared the expectation, capped as
// GitHub shows them (about 10 per severity per step), most important first.







/**
 * GitHub shows at most 10 annotations of one severity per step; the rest would be lost silently.
 * The step's failure message (`setFailed`) is itself an error annotation, so findings and problems
 * get one error fewer.
 */
const MAX_ANNOTATIONS = 10;
// The wiring names a spec given inline this way; it has no file to annotate.
/** A spec path as annotations need it: relative to the workspace when inside it, forward slashes. */
function annotationPath(file, workspace) {
    if (file === '' || file === INLINE_SPEC_FILE)
        return '';
    let result = file;
    if (workspace && path.isAbsolute(file)) {
        const relative = path.relative(workspace, file);
        if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative))
            result = relative;
    }
    result = result.split(path.sep).join('/').replace(/\\/g, '/');
    return result.startsWith('./') ? result.slice(2) : result;
}
/**
 * The place of a range: its first line and column, and its end only when it is on the same line.
 * GitHub drops columns from multi-line annotations, and a spec entry spans several lines, so a
 * multi-line entry is pinned to the line and column where it starts.
 */
function place(range, workspace) {
    const line = positive(range.line);
    const column = positive(range.column);
    const single = range.endLine === range.line && range.endColumn > range.column;
    return {
        file: annotationPath(range.file, workspace),
        startLine: line,
        startColumn: column,
        endLine: line,
        ...(single ? { endColumn: range.endColumn } : {})
    };
}
function positive(value) {
    return Number.isInteger(value) && value > 0 ? value : 1;
}
/**
 * One error annotation per finding of the run, at the spec entry that declared it, titled with
 * the task and node. At most `max - 1` errors (`max` defaults to 10; the step's failure message is
 * the last one), errors and failures before pending, taking each
 * task's findings in turn so that one noisy task cannot hide the others; then one notice that
 * says how many more are in the job summary. An error several tasks share is one annotation.
 */
function toAnnotations(run, options = {}) {
    const candidates = [];
    // A run-wide error (a wrong secret, say) is one annotation, on its first task's entry.
    const groupOf = new Map();
    for (const group of sharedErrors(run.tasks))
        for (const t of group.tasks)
            groupOf.set(t, group);
    run.tasks.forEach((result, taskIndex) => {
        const group = groupOf.get(result);
        if (group && group.tasks[0] !== result)
            return;
        const findings = findingsOf(result);
        findings.forEach((finding, position) => {
            const shared = group && finding.kind === 'error' && finding.target === 'task';
            candidates.push({
                rank: findingRank(finding.kind),
                position,
                taskIndex,
                annotation: {
                    level: 'error',
                    title: shared
                        ? `${plural(group.tasks.length, 'task')}: could not check`
                        : titleOf(result, finding),
                    message: shared
                        ? `${oneLine(group.message)} Affected: ${listTasks(group.tasks)}.`
                        : oneLine(finding.message) ||
                            `${finding.kind}: expected ${oneLine(finding.expected)}, got ${oneLine(finding.actual)}`,
                    ...place(finding.range, options.workspace)
                }
            });
        });
    });
    candidates.sort((a, b) => a.rank - b.rank || a.position - b.position || a.taskIndex - b.taskIndex);
    return capped(candidates.map((c) => c.annotation), options.max ?? MAX_ANNOTATIONS, annotationPath(run.specFile, options.workspace), 'finding');
}
/** A task's findings, plus one for an error the engine reported without a finding (never dropped). */
function findingsOf(result) {
    const findings = [...result.findings];
    if (result.error && !findings.some((f) => f.kind === 'error')) {
        findings.unshift({
            kind: 'error',
            target: 'task',
            expected: 'a readable task',
            actual: result.error.kind,
            message: result.error.message,
            range: result.task.range
        });
    }
    if (result.verdict === 'pending' && !findings.some((f) => f.kind === 'pending')) {
        findings.push({
            kind: 'pending',
            target: 'task',
            expected: result.task.states.join(' | '),
            actual: result.state ?? 'never read',
            message: result.reason,
            range: result.task.range
        });
    }
    return findings;
}
/** The tasks a shared error affected, the first few by name. */
function listTasks(tasks) {
    const shown = tasks.slice(0, MAX_LISTED).map(taskTitle);
    const more = tasks.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
const MAX_LISTED = 10;
/** `deploy-prod: node "Deploy backend"`, `task 1042 (space 7): task state`. */
function titleOf(result, finding) {
    const task = taskTitle(result);
    if (finding.target === 'node') {
        const name = finding.nodeName === undefined ? undefined : oneLine(finding.nodeName);
        return `${task}: ${nodeLabel(finding.nodeId ?? '', name)}`;
    }
    if (finding.kind === 'state')
        return `${task}: task state`;
    if (finding.kind === 'pending')
        return `${task}: not settled`;
    if (finding.kind === 'error')
        return `${task}: could not check`;
    return `${task}: task`;
}
/**
 * Keeps at most `max` per severity (in order), one error fewer for the step's failure message, and
 * adds one notice for what was dropped.
 */
function capped(all, max, file, noun) {
    const limit = Math.max(0, Math.floor(max));
    const kept = [];
    const perLevel = new Map();
    let dropped = 0;
    for (const a of all) {
        const n = perLevel.get(a.level) ?? 0;
        if (n >= (a.level === 'error' ? limit - 1 : limit)) {
            dropped++;
            continue;
        }
        perLevel.set(a.level, n + 1);
        kept.push(a);
    }
    if (dropped > 0) {
        kept.push({
            level: 'notice',
            title: 'bkflow-gate',
            message: `${plural(dropped, `more ${noun}`, `more ${noun}s`)} ${dropped === 1 ? 'is' : 'are'} in the job summary.`,
            file,
            startLine: 1
        });
    }
    return kept;
}
/**
 * Spec diagnostics as annotations at their lines and columns, errors first, capped like findings
 * (an invalid spec fails the step, whose message is one more error).
 */
function diagnosticsToAnnotations(diagnostics, options = {}) {
    const sorted = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        a.line - b.line ||
        a.column - b.column);
    const all = sorted.map((d) => ({
        level: d.severity,
        title: `bkflow-gate spec: ${d.code}`,
        message: oneLine(d.message),
        ...place(d, options.workspace)
    }));
    const file = diagnostics.length > 0 ? annotationPath(diagnostics[0].file, options.workspace) : '';
    return capped(all, options.max ?? MAX_ANNOTATIONS, file, 'problem');
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
// The step's outputs: the verdict, task counts, the failed nodes as compact JSON, the report path.



/** The action's output names (kebab-case, as in action.yml), one place for the wiring and tests. */
const OUTPUTS = {
    result: 'result',
    passed: 'passed',
    failed: 'failed',
    pending: 'pending',
    errors: 'errors',
    failedNodes: 'failed-nodes',
    taskIds: 'task-ids',
    report: 'report'
};
/**
 * `failed-nodes` stops adding entries past this many bytes: GitHub keeps at most 1 MiB of outputs
 * per job, and a later step's `fromJSON` still gets a valid array. The JSON report has them all.
 */
const FAILED_NODES_MAX_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** Every node row with a finding, across tasks, in task and row order. */
function failedNodes(run) {
    const entries = [];
    for (const result of run.tasks) {
        for (const { row, findings } of findingsByRow(result).rows) {
            if (row.finding === 'ok')
                continue;
            const main = findings.find((f) => f.kind === row.finding);
            entries.push({
                task_id: result.task.taskId,
                space_id: result.task.spaceId ?? null,
                node_id: row.id,
                name: row.name === undefined ? null : oneLine(row.name),
                expected: main ? oneLine(main.expected) : (row.expected ?? null),
                actual: main ? oneLine(main.actual) : (row.actual ?? null),
                finding: row.finding
            });
        }
    }
    return entries;
}
/** The step's outputs for a finished run, keyed by their kebab-case names; `reportPath` may be ''. */
function toOutputs(run, reportPath) {
    const counts = countVerdicts(run.tasks);
    return {
        [OUTPUTS.result]: run.result,
        [OUTPUTS.passed]: String(counts.passed),
        [OUTPUTS.failed]: String(counts.failed),
        [OUTPUTS.pending]: String(counts.pending),
        [OUTPUTS.errors]: String(counts.errors),
        [OUTPUTS.failedNodes]: compactArray(failedNodes(run), FAILED_NODES_MAX_BYTES),
        [OUTPUTS.taskIds]: taskIdsJson(run),
        [OUTPUTS.report]: reportPath
    };
}
/**
 * The `task-ids` output (and the CLI's line): label → task id as compact JSON. Labels pass the
 * same filter as every rendered text; a later step reads it with fromJSON.
 */
function taskIdsJson(run) {
    const entries = Object.entries(run.taskIds ?? {}).map(([label, ids]) => [redact_oneLine(label), ids]);
    return safe_text_escapeJsonText(JSON.stringify(Object.fromEntries(entries)));
}
function compactArray(entries, maxBytes) {
    const parts = [];
    let used = 2;
    for (const entry of entries) {
        const json = escapeJsonText(JSON.stringify(entry));
        const size = Buffer.byteLength(json, 'utf8') + (parts.length > 0 ? 1 : 0);
        if (used + size > maxBytes)
            break;
        parts.push(json);
        used += size;
    }
    return `[${parts.join(',')}]`;
}

;// CONCATENATED MODULE: ./src/report/json-report.ts
// The JSON report: everything the run found, in the stable shape of schemas/report.schema.json,
// for later steps and for people when the summary had to be shortened.





/** Builds the JSON report of a run: every task, row, finding, timing and request count. Pure. */
function toJsonReport(run) {
    const counts = describe_countVerdicts(run.tasks);
    const byEndpoint = {};
    const sent = run.requests.byEndpoint ?? {};
    for (const e of ENDPOINTS)
        byEndpoint[e] = count(sent[e]);
    for (const e of OPERATION_ENDPOINTS)
        if (sent[e] !== undefined)
            byEndpoint[e] = count(sent[e]);
    return {
        version: 1,
        spec: { file: json_report_text(run.specFile), skippedByShard: count(run.skippedByShard) },
        mode: run.mode,
        result: run.result,
        cancelled: run.cancelled,
        taskIds: Object.fromEntries(Object.entries(run.taskIds ?? {}).map(([label, ids]) => [json_report_text(label), ids])),
        timings: {
            startedAt: instant(run.startedAt),
            finishedAt: instant(run.finishedAt),
            durationMs: Math.max(0, run.finishedAt - run.startedAt)
        },
        counts: { tasks: run.tasks.length, ...counts, nodes: countNodes(run.tasks) },
        requests: { total: count(run.requests.total), byEndpoint },
        tasks: run.tasks.map(toJsonTask)
    };
}
function toJsonTask(result) {
    const { task } = result;
    return {
        key: task.key,
        taskId: task.taskId > 0 ? task.taskId : null,
        source: task.source
            ? { kind: task.source.kind, description: json_report_text(describeSource(task.source)) }
            : null,
        revoke: result.revoke
            ? { revoked: result.revoke.revoked, message: json_report_text(result.revoke.message) }
            : null,
        spaceId: task.spaceId ?? null,
        label: task.label === undefined ? null : json_report_text(task.label),
        verdict: result.verdict,
        reason: json_report_text(result.reason),
        state: result.state === null ? null : json_report_text(result.state),
        expectation: {
            states: [...task.states],
            timeoutMs: task.timeoutMs,
            intervalMs: task.intervalMs,
            onFailed: typeof task.onFailed === 'string' ? task.onFailed : { graceMs: task.onFailed.graceMs },
            otherNodes: task.otherNodes,
            nodes: task.nodes.length,
            range: range(task.range)
        },
        timings: {
            startedAt: instant(result.startedAt),
            settledAt: result.settledAt === null ? null : instant(result.settledAt),
            stateSince: result.stateSince === null ? null : instant(result.stateSince),
            settleMs: result.settledAt === null ? null : Math.max(0, result.settledAt - result.startedAt)
        },
        tree: result.tree ? { nodes: result.tree.nodes, byState: { ...result.tree.byState } } : null,
        error: result.error
            ? { kind: json_report_text(result.error.kind), message: json_report_text(result.error.message) }
            : null,
        requests: count(result.requests),
        cancelled: result.cancelled,
        findings: result.findings.map(toJsonFinding),
        rows: result.rows.map(toJsonRow)
    };
}
function toJsonFinding(f) {
    return {
        kind: f.kind,
        target: f.target,
        nodeId: f.nodeId ?? null,
        nodeName: f.nodeName === undefined ? null : json_report_text(f.nodeName),
        expected: json_report_text(f.expected),
        actual: json_report_text(f.actual),
        message: json_report_text(f.message),
        range: range(f.range)
    };
}
function toJsonRow(row) {
    return {
        id: row.id,
        name: row.name === undefined ? null : json_report_text(row.name),
        listed: row.listed,
        expected: row.expected ?? null,
        actual: row.actual === undefined ? null : json_report_text(row.actual),
        retry: finite(row.retry),
        elapsedSec: finite(row.elapsedSec),
        idKind: row.idKind === 'runtime' || row.idKind === 'template' ? row.idKind : null,
        finding: row.finding
    };
}
function range(r) {
    return {
        file: r.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn
    };
}
// Text from the API or an error passes the same secret filter as every other report; JSON escapes
// C0 controls but not DEL, C1 or terminal sequences, which a `cat` of the report would run.
function json_report_text(value) {
    return stripControls(secrets_redactSecrets(value));
}
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}
function finite(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function instant(ms) {
    // An invalid clock value must not make toISOString throw and lose the whole report.
    const valid = Number.isFinite(ms) && ms >= 0 && ms <= 8.64e15;
    const at = valid ? ms : 0;
    return { iso: new Date(at).toISOString(), ms: at };
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// The sticky pull-request comment: one per spec path, found again by a hidden marker and updated
// in place. Every failure to publish is a warning; the gate's verdict never depends on it.

/** Starts the hidden marker that identifies this gate's comment for one spec path. */
const COMMENT_MARKER_PREFIX = '<!-- bkflow-gate:';
/** GitHub refuses issue comments longer than 65,536 characters. */
const COMMENT_MAX_CHARS = 65_536;
/** The hidden marker for a spec path; `--` and `>` are encoded so the path cannot end the HTML comment. */
function commentMarker(specPath) {
    const safe = specPath.replace(/[%<>\r\n]/g, (c) => encodeURIComponent(c)).replace(/--/g, '-%2D');
    return `${COMMENT_MARKER_PREFIX}${safe} -->`;
}
/** The comment's body: the marker, then the job summary shortened to fit GitHub's comment limit. */
function renderComment(run, specPath) {
    const marker = commentMarker(specPath);
    // Bytes never undercount characters, so a summary within this many bytes fits the character limit.
    const room = COMMENT_MAX_CHARS - marker.length - 1;
    return `${marker}\n${renderSummary(run, { maxBytes: room })}`;
}
/** Where to send GitHub REST calls: the argument, else GITHUB_API_URL (GitHub Enterprise Server), else github.com. */
function apiBase(apiUrl) {
    const base = apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com';
    return base.replace(/\/+$/, '');
}
/**
 * Creates or updates the pull request's comment for `specPath`: lists the comments (all pages),
 * updates the first one that carries the marker, or creates one. Never throws: without permission
 * (fork pull requests, a token lacking `pull-requests: write`) or on any other failure it logs a
 * warning and returns 'skipped'.
 */
async function publishComment(args) {
    const { owner, repo, issueNumber: issue_number, log } = args;
    const marker = commentMarker(args.specPath);
    let body = args.body.includes(marker) ? args.body : `${marker}\n${args.body}`;
    if (body.length > COMMENT_MAX_CHARS)
        body = body.slice(0, COMMENT_MAX_CHARS);
    try {
        // Loaded only when a comment is written: @actions/github is large and the action starts faster without it.
        const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(157)]).then(__nccwpck_require__.bind(__nccwpck_require__, 157));
        const octokit = getOctokit(args.token, { baseUrl: apiBase(args.apiUrl) });
        let existing;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number,
            per_page: 100
        })) {
            existing = page.data.find((c) => typeof c.body === 'string' && c.body.includes(marker))?.id;
            if (existing !== undefined)
                break;
        }
        if (existing !== undefined) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
            log.info(`Updated the pull-request comment for ${args.specPath}.`);
            return 'updated';
        }
        await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
        log.info(`Commented on pull request #${issue_number} for ${args.specPath}.`);
        return 'created';
    }
    catch (error) {
        log.warning(warningFor(error, args.token));
        return 'skipped';
    }
}
function warningFor(error, token) {
    const status = typeof error === 'object' &&
        error !== null &&
        'status' in error &&
        typeof error.status === 'number'
        ? error.status
        : undefined;
    let detail = error instanceof Error ? error.message : String(error);
    // The token must not reach the log even if a library put it in a message.
    if (token)
        detail = detail.split(token).join('***');
    detail = detail.replace(/[\r\n]+/g, ' ').slice(0, 300);
    const hint = status === 403 || status === 404 || status === 401
        ? ' The token may lack `pull-requests: write` (pull requests from forks get a read-only token).'
        : '';
    const code = status === undefined ? '' : `HTTP ${status}: `;
    return `Could not write the pull-request comment (${code}${detail}).${hint} The gate's result is unchanged.`;
}

;// CONCATENATED MODULE: ./src/report/index.ts
// The reports of a run: plan text, job summary, annotations, outputs, JSON report, PR comment.
// Every renderer is a pure function of the result model; only the wiring writes to the runner.











;// CONCATENATED MODULE: ./src/spec/codes.ts
// The stable codes of spec diagnostics. Tools and tests match on these, never on messages.
/** Every diagnostic code the spec parser emits, with what it means. */
const DIAGNOSTIC_CODES = {
    'yaml-syntax': 'the file is not valid YAML (including tabs used as indentation)',
    'duplicate-key': 'a map has the same key twice',
    'too-large': 'the file is over 1 MiB',
    'too-many-aliases': 'the file uses more than 100 YAML aliases (`*name`)',
    'too-deep': 'the file nests collections deeper than any spec needs',
    'empty-spec': 'the file holds no YAML document',
    'bad-version': '`version` is not 1',
    'missing-key': 'a required key is absent',
    'unknown-key': 'a key the spec format does not define (often a typo)',
    'bad-type': 'a value of the wrong type (a list where a map is needed, …)',
    'bad-enum': 'a value outside its set (a state, `other_nodes`, `on_failed`)',
    'bad-value': 'a value outside its range (a negative `max_retry`, an empty label, …)',
    'bad-duration': 'a duration that is not a number of seconds or `500ms`, `90s`, `15m`, `2h`, `1h30m`',
    'bad-id': '`task_id` / `space_id` / `template_id` that is neither a positive integer nor `${VAR}`',
    'empty-list': 'a list that must not be empty (`tasks`, a list of states) is empty',
    'id-and-name': 'a node has both `id` and `name`',
    'missing-id-or-name': 'a node has neither `id` nor `name`',
    'duplicate-task': 'the same task (space and task id) is listed twice',
    'duplicate-node': 'the same node id or name is listed twice in one task',
    'name-needs-space': 'a node is given by `name` in a task without `space_id`',
    'task-source': 'a task has none, or more than one, of `task_id`, `create` and `select`',
    'select-needs-space': 'a `select` task has no `space_id` (on the task or in `defaults`)',
    'select-needs-filter': 'a `select` has no filter',
    'undefined-var': 'a `${VAR}` is defined neither in the vars nor in the environment',
    'bad-var': 'a `${VAR}` does not resolve to a positive integer',
    'internal-error': 'the parser itself failed: a bug, please report it'
};

;// CONCATENATED MODULE: ./src/spec/limits.ts
// Hard limits on spec files, so that a hostile or broken file is refused before it costs memory.
/** Largest spec accepted, in UTF-8 bytes. Real specs are a few KiB; 1 MiB leaves ample room. */
const MAX_SPEC_BYTES = 1024 * 1024;
/** Most YAML aliases accepted: each alias can double the expanded size (a "billion laughs"). */
const MAX_ALIASES = 100;
/** Deepest flow nesting, or block indicators on one line, accepted. A spec needs about 6. */
const MAX_NESTING = 64;

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = (/* unused pure expression or super */ null && (-1));
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/spec/fast-load.ts
// The fast reader for plain YAML: js-yaml's event parser (about 10× faster than the `yaml`
// library's CST parser on a 1,000-task spec), building the value and its node positions in one
// pass. It declines, by returning undefined, everything whose reading or wording is the `yaml`
// library's business: syntax errors, duplicate keys, anchors and aliases, tags, directives, more
// than one document, block scalars, empty values, comments after a collection's last entry, lone CRs, and the few shapes `yaml` warns about; load.ts then reads the text with
// `yaml`. test/spec/readers.test.ts feeds every fixture to both and asserts they agree.

/**
 * Deeper than this goes to the `yaml` reader, which enforces MAX_NESTING in its own terms (flow
 * depth, indicators on one line: at most two per level). A spec is about 6 deep.
 */
const FAST_MAX_DEPTH = 20;
/** YAML 1.2 core schema, in js-yaml's order (the same resolution as `yaml`'s default schema). */
const CORE_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];
/** For each first character a plain scalar may start with, the tags that may resolve it. */
const TAGS_BY_FIRST = new Map();
for (const tag of CORE_TAGS) {
    for (const first of tag.implicitFirstChars ?? []) {
        TAGS_BY_FIRST.set(first, [...(TAGS_BY_FIRST.get(first) ?? []), tag]);
    }
}
if (CORE_TAGS.some((tag) => tag.implicitFirstChars === null)) {
    throw new Error('a core tag resolves scalars of any first character');
}
// A plain scalar that reads as a number to `yaml` but that js-yaml leaves a string (`1e400`).
const NUMBER_LIKE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// `yaml` warns about a flow collection closed at its parent's indentation; let it.
const FLOW_END_AT_LINE_START = /^[ \t]*[\]}]/m;
// A lone CR ends a line to js-yaml, not to `yaml` (which then finds no map at all).
const LONE_CR = /\r(?!\n)/;
/** Declines the text: the `yaml` reader takes over. */
class Decline extends Error {
}
function resolvePlain(source) {
    const tags = TAGS_BY_FIRST.get(source.charAt(0));
    if (tags === undefined)
        return source;
    for (const tag of tags) {
        const value = tag.resolve(source, false, tag.tagName);
        if (value !== NOT_RESOLVED)
            return value;
    }
    if (NUMBER_LIKE.test(source))
        throw new Decline();
    return source;
}
/** One document's value and node positions, or undefined when the `yaml` reader should read it. */
function loadValidYaml(text) {
    if (FLOW_END_AT_LINE_START.test(text) || LONE_CR.test(text))
        return undefined;
    let events;
    try {
        events = parseEvents(text, { maxDepth: FAST_MAX_DEPTH });
    }
    catch {
        return undefined;
    }
    try {
        return fast_load_build(text, events);
    }
    catch (error) {
        if (error instanceof Decline)
            return undefined;
        throw error;
    }
}
function fast_load_build(text, events) {
    const stack = [];
    let top;
    let root;
    let documents = 0;
    // Attaches a finished node to its parent (or makes it the root).
    const attach = (value, position) => {
        if (top === undefined) {
            root = { value, position };
            return;
        }
        if (position.end > top.position.end)
            top.position.end = position.end;
        if (top.list !== undefined) {
            top.list.push(value);
            top.position.items?.push(position);
            return;
        }
        const key = top.key;
        if (key === undefined || top.map === undefined || top.keyPosition === undefined) {
            throw new Decline(); // a collection as a key
        }
        top.map[key] = value;
        top.position.entries?.set(key, { key: top.keyPosition, value: position });
        top.key = undefined;
    };
    for (const event of events) {
        switch (event.type) {
            case EVENT_ID.SCALAR: {
                if (event.anchorStart >= 0 || event.tagStart >= 0)
                    throw new Decline();
                const style = event.style;
                // A block scalar's range starts at its `|` or `>`, and an empty value's parent ends after
                // its `:` or a comment beyond it; no event marks either, and valid specs have neither.
                if (style === SCALAR_STYLE.LITERAL_BLOCK ||
                    style === SCALAR_STYLE.FOLDED_BLOCK ||
                    event.valueStart < 0) {
                    throw new Decline();
                }
                const source = event.fast
                    ? text.slice(event.valueStart, event.valueEnd)
                    : getScalarValue(text, event);
                const plain = style === SCALAR_STYLE.PLAIN;
                const value = plain ? resolvePlain(source) : source;
                // The range as `yaml` gives it: quotes included.
                const position = plain
                    ? { start: event.valueStart, end: event.valueEnd }
                    : { start: event.valueStart - 1, end: event.valueEnd + 1 };
                if (top !== undefined && top.map !== undefined && top.key === undefined) {
                    // A key: only strings, once each, and never one that would touch the prototype.
                    if (typeof value !== 'string' || value === '__proto__')
                        throw new Decline();
                    if (Object.hasOwn(top.map, value))
                        throw new Decline();
                    top.key = value;
                    top.keyPosition = position;
                    if (position.end > top.position.end)
                        top.position.end = position.end;
                }
                else {
                    attach(value, position);
                }
                break;
            }
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE: {
                if (event.anchorStart >= 0 || event.tagStart >= 0)
                    throw new Decline();
                if (top !== undefined && top.map !== undefined && top.key === undefined) {
                    throw new Decline(); // a collection as a key
                }
                const flow = event.style === COLLECTION_STYLE.FLOW;
                const frame = event.type === EVENT_ID.MAPPING
                    ? {
                        map: {},
                        flow,
                        position: { start: event.start, end: event.start, entries: new Map() }
                    }
                    : { list: [], flow, position: { start: event.start, end: event.start, items: [] } };
                stack.push(frame);
                top = frame;
                break;
            }
            case EVENT_ID.POP: {
                const frame = stack.pop();
                if (frame === undefined)
                    break; // the document's end
                if (frame.key !== undefined)
                    throw new Decline(); // a key without its value
                if (frame.flow)
                    frame.position.end = flowEnd(text, frame.position);
                // `yaml` lets a comment after a block collection's last entry extend the collection's
                // range, by rules of its own; such a text is left to it.
                else if (commentFollows(text, frame.position.end))
                    throw new Decline();
                top = stack[stack.length - 1];
                attach(frame.map ?? frame.list, frame.position);
                break;
            }
            case EVENT_ID.DOCUMENT:
                if (++documents > 1 || event.directives.length > 0)
                    throw new Decline();
                break;
            default:
                throw new Decline(); // an alias
        }
    }
    if (root === undefined || documents !== 1)
        throw new Decline();
    return { value: root.value, root: root.position };
}
/** Whether the next thing after `offset`, past blanks and line ends, is a comment. */
function commentFollows(text, offset) {
    let i = offset;
    while (i < text.length) {
        const c = text[i];
        if (c === '#')
            return true;
        if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r')
            return false;
        i++;
    }
    return false;
}
/** The offset after a flow collection's closing bracket: past commas, blanks and comments. */
function flowEnd(text, position) {
    let i = Math.max(position.end, position.start + 1);
    while (i < text.length) {
        const c = text[i];
        if (c === ']' || c === '}')
            return i + 1;
        if (c === '#') {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? text.length : eol;
        }
        else if (c === ',' || c === ' ' || c === '\t' || c === '\n' || c === '\r')
            i++;
        else
            break;
    }
    throw new Decline();
}

;// CONCATENATED MODULE: ./src/spec/locate.ts
// Positions in the spec file: from a path of keys and indexes (as ajv's instancePath gives it) to
// the YAML node and its 1-based line and column range. Both YAML readers (load.ts, fast-load.ts)
// describe the document as the same tree of node positions.
/** `/tasks/0/state` → `['tasks', '0', 'state']`, decoding `~1` and `~0` (RFC 6901). */
function splitPointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** The offset at which each line starts, for offset → line and column. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** Answers "where in the file is this?" for one parsed spec document. */
class SpecLocator {
    file;
    text;
    starts;
    root;
    constructor(file, text, starts, root) {
        this.file = file;
        this.text = text;
        this.starts = starts;
        this.root = root;
    }
    /** The same file and text with the document's node tree. */
    withRoot(root) {
        return new SpecLocator(this.file, this.text, this.starts, root);
    }
    /** The 1-based line and column of an offset. */
    linePos(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - this.starts[lo] + 1 };
    }
    /** The range between two offsets, with trailing whitespace trimmed off the end. */
    rangeOfOffsets(start, end) {
        let stop = Math.max(start, end);
        while (stop > start + 1 && isSpace(this.text.charCodeAt(stop - 1)))
            stop--;
        const from = this.linePos(start);
        const to = this.linePos(stop);
        return {
            file: this.file,
            line: from.line,
            column: from.col,
            endLine: to.line,
            endColumn: to.col
        };
    }
    /** The range of a node, or undefined when the node has no source text (an empty value). */
    rangeOfNode(node) {
        if (!node || node.end <= node.start)
            return undefined;
        return this.rangeOfOffsets(node.start, node.end);
    }
    /** Follows a path from the document root through maps and lists. */
    find(path) {
        let current = this.root;
        let key;
        let deepest = current;
        for (const segment of path) {
            key = undefined;
            let next;
            if (current?.entries) {
                const entry = current.entries.get(String(segment));
                if (entry) {
                    key = entry.key;
                    next = entry.value;
                    if (next === undefined)
                        return { key, deepest: key, found: true };
                }
            }
            else if (current?.items) {
                next = current.items[Number(segment)];
            }
            if (next === undefined)
                return { deepest, found: false };
            current = next;
            deepest = current;
        }
        return { value: current, key, deepest, found: true };
    }
    /** Where to report something about the value at a path: the value, else its key, else the nearest ancestor. */
    valueRange(path) {
        const located = this.find(path);
        return (this.rangeOfNode(located.value) ??
            this.rangeOfNode(located.key) ??
            this.rangeOfNode(located.deepest) ??
            this.start());
    }
    /** Where to report something about the key at a path (an unknown key): the key itself. */
    keyRange(path) {
        const located = this.find(path);
        return this.rangeOfNode(located.key) ?? this.valueRange(path);
    }
    /** Line 1, column 1: for problems with the file as a whole. */
    start() {
        return startOf(this.file);
    }
}
const WHITESPACE = /\s/;
/** Whether a character is whitespace (`\s`), deciding printable ASCII without the RegExp. */
function isSpace(code) {
    if (code > 32 && code < 127)
        return false;
    return WHITESPACE.test(String.fromCharCode(code));
}
/** Line 1, column 1 of a file: for problems with the file as a whole. */
function startOf(file) {
    return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

;// CONCATENATED MODULE: ./src/spec/load.ts
// Reading the spec's YAML with its positions, refusing files that would cost too much to read.





/** The too-large diagnostic, shared with callers that check a file's size before reading it. */
function tooLargeDiagnostic(file, bytes) {
    return diagnostic('too-large', `The spec is ${bytes} bytes; the limit is ${MAX_SPEC_BYTES} bytes (1 MiB). Split it into several specs.`, startOf(file));
}
const FLOW_START = new Set(['flow-map-start', 'flow-seq-start']);
const FLOW_END = new Set(['flow-map-end', 'flow-seq-end']);
const BLOCK_INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);
// Lexer tokens that mark structure but stand for no source characters.
const ZERO_WIDTH = new Set(['doc-mode', 'flow-error-end', 'scalar']);
/**
 * The offset at which nesting first exceeds MAX_NESTING, or -1. Runs on the lexer's token stream
 * (flat, constant memory) because the YAML composer recurses, and a 1 MiB file of `[[[[…` or
 * `- - - …` costs it hundreds of MB before it gives up.
 */
function excessiveNesting(text) {
    let offset = 0;
    let flowDepth = 0;
    let indicatorsOnLine = 0;
    let scalarContentNext = false;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        const type = dist/* CST */.DB.tokenType(token) ?? 'content';
        if (scalarContentNext) {
            scalarContentNext = false;
        }
        else if (FLOW_START.has(type)) {
            if (++flowDepth > MAX_NESTING)
                return offset;
        }
        else if (FLOW_END.has(type)) {
            flowDepth = Math.max(0, flowDepth - 1);
        }
        else if (BLOCK_INDICATORS.has(type)) {
            if (++indicatorsOnLine > MAX_NESTING)
                return offset;
        }
        else if (type === 'newline') {
            indicatorsOnLine = 0;
        }
        if (type === 'scalar')
            scalarContentNext = true;
        if (!ZERO_WIDTH.has(type))
            offset += token.length;
    }
    return -1;
}
const SYNTAX_HINTS = {
    TAB_AS_INDENT: 'Tabs are not allowed as indentation: indent with spaces.',
    MULTIPLE_DOCS: 'A spec holds one YAML document: remove the `---` that starts a second one.'
};
/** The node positions of a composed document; an alias shares its anchor's positions. */
function positionsOf(doc) {
    const seen = new Map();
    const convert = (value) => {
        if ((0,dist/* isAlias */.Vj)(value))
            return convert(value.resolve(doc));
        if (!(0,dist/* isMap */.jh)(value) && !(0,dist/* isSeq */.oP)(value) && !(0,dist/* isScalar */.jn)(value))
            return undefined;
        if (seen.has(value))
            return seen.get(value);
        const [start, end] = value.range ?? [0, 0];
        const position = { start, end };
        seen.set(value, position);
        if ((0,dist/* isMap */.jh)(value)) {
            position.entries = new Map();
            for (const pair of value.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const name = String(pair.key.value);
                const key = convert(pair.key);
                if (key && !position.entries.has(name)) {
                    position.entries.set(name, { key, value: convert(pair.value) });
                }
            }
        }
        else if ((0,dist/* isSeq */.oP)(value)) {
            position.items = value.items.map(convert);
        }
        return position;
    };
    return convert(doc.contents);
}
/**
 * Parses the text as one YAML document; never throws. `loaded` is undefined when the text cannot
 * be read as a document; a duplicate key is an error that still lets the rest be checked.
 * A valid document is read by the fast reader; anything it declines (errors, warnings, aliases,
 * tags, directives) by the `yaml` library, which words the diagnostics.
 */
function loadYaml(text, file) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_SPEC_BYTES)
        return { diagnostics: [tooLargeDiagnostic(file, bytes)] };
    const locator = new SpecLocator(file, text, lineStarts(text));
    const fast = loadValidYaml(text);
    if (fast)
        return { loaded: { value: fast.value, locator: locator.withRoot(fast.root) }, diagnostics: [] };
    return loadWithYaml(text, locator);
}
/** Reads the text with the `yaml` library: every YAML diagnostic comes from here. */
function loadWithYaml(text, locator) {
    const file = locator.file;
    const tooDeepAt = excessiveNesting(text);
    if (tooDeepAt >= 0) {
        const { line, col } = locator.linePos(tooDeepAt);
        const range = { file, line, column: col, endLine: line, endColumn: col + 1 };
        const message = `The spec nests lists and maps more than ${MAX_NESTING} levels deep; no spec needs that.`;
        return { diagnostics: [diagnostic('too-deep', message, range)] };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
    const diagnostics = [];
    const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    for (const error of errors) {
        if (error.code !== 'DUPLICATE_KEY')
            continue;
        // yaml points at the key's first character; the key runs to its `:` (or its closing quote).
        const rest = text.slice(error.pos[0], error.pos[0] + 200);
        const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(rest)?.[1].trim() ?? '';
        const message = `Duplicate key \`${key}\`: a key may appear once per map; remove or merge one.`;
        diagnostics.push(diagnostic('duplicate-key', message, locator.rangeOfOffsets(...error.pos)));
    }
    // One syntax error at a time: the errors after the first are usually its echoes.
    const syntax = errors.find((error) => error.code !== 'DUPLICATE_KEY');
    if (syntax) {
        const code = syntax.code === 'RESOURCE_EXHAUSTION' ? 'too-deep' : 'yaml-syntax';
        const message = SYNTAX_HINTS[syntax.code] ?? `${syntax.message}.`.replace(/\.\.$/, '.');
        diagnostics.push(diagnostic(code, message, locator.rangeOfOffsets(...syntax.pos)));
    }
    if (syntax)
        return { diagnostics };
    for (const warning of doc.warnings) {
        const range = locator.rangeOfOffsets(...warning.pos);
        diagnostics.push(diagnostic('yaml-syntax', warning.message, range, 'warning'));
    }
    if (doc.contents === null) {
        const message = 'The spec is empty: it needs `version: 1` and a list of `tasks`.';
        return { diagnostics: [...diagnostics, diagnostic('empty-spec', message, locator.start())] };
    }
    let aliases = 0;
    let excessAlias;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if (++aliases > MAX_ALIASES && node.range) {
                excessAlias = [node.range[0], node.range[1]];
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        }
    });
    const aliasMessage = `The spec uses more than ${MAX_ALIASES} YAML aliases (\`*name\`); write the values out instead.`;
    if (aliases > MAX_ALIASES) {
        const range = excessAlias ? locator.rangeOfOffsets(...excessAlias) : locator.start();
        return { diagnostics: [...diagnostics, diagnostic('too-many-aliases', aliasMessage, range)] };
    }
    try {
        // maxAliasCount bounds the expansion of the aliases counted above (yaml's own guard).
        const value = doc.toJS({ maxAliasCount: MAX_ALIASES });
        return { loaded: { value, locator: locator.withRoot(positionsOf(doc)) }, diagnostics };
    }
    catch (error) {
        if (error instanceof ReferenceError) {
            return {
                diagnostics: [...diagnostics, diagnostic('too-many-aliases', aliasMessage, locator.start())]
            };
        }
        const message = `The YAML could not be read: ${error instanceof Error ? error.message : String(error)}`;
        return { diagnostics: [...diagnostics, diagnostic('yaml-syntax', message, locator.start())] };
    }
}

;// CONCATENATED MODULE: ./src/spec/normalize.ts
// From the schema-valid raw spec to the normalized one: variables resolved, defaults applied,
// durations in milliseconds, and the checks that the schema cannot express.





/** Built-in defaults, under the action's inputs and the spec's own `defaults`. */
const BUILTIN_TIMEOUT_MS = DEFAULTS.timeoutMs;
const BUILTIN_INTERVAL_MS = DEFAULTS.intervalMs;
/** An id that could not be resolved; its error has been reported. */
const UNRESOLVED = Symbol('unresolved');
function toStates(raw) {
    if (raw === undefined)
        return ['FINISHED'];
    return [...new Set(Array.isArray(raw) ? raw : [raw])];
}
function toMs(raw) {
    // The schema admitted only durations parseDuration reads; 0 keeps a broken invariant visible.
    return parseDuration(raw) ?? 0;
}
function toOnFailed(raw) {
    return raw === 'fail' || raw === 'wait' ? raw : { graceMs: toMs(raw) };
}
/** The task's key: its identity for duplicates, sharding and reports. */
function taskKey(taskId, spaceId) {
    return spaceId === undefined ? `app/task:${taskId}` : `space:${spaceId}/task:${taskId}`;
}
/**
 * Normalizes a schema-valid spec. Returns every task in file order (sharding comes later) and
 * the diagnostics of the semantic checks; the tasks are meaningful only when there are none.
 * Given the pruned form of an invalid spec, it runs the same checks on what is left, so that
 * one pass reports every problem (its tasks are then of no use).
 */
function normalizeSpec(raw, locator, options) {
    const diagnostics = [];
    // An id that was present but invalid is unknown, not absent: no check may assume either way.
    const invalid = 'invalid' in raw ? raw.invalid : () => false;
    const resolveId = (value, path) => {
        if (invalid(path))
            return UNRESOLVED;
        if (value === undefined || typeof value === 'number')
            return value;
        const name = VAR_REF_RE.exec(value)?.[1];
        if (name === undefined)
            return UNRESOLVED; // the schema forbids this; stay closed anyway
        const resolution = resolveVar(name, options);
        if (resolution.ok)
            return resolution.value;
        diagnostics.push(diagnostic(resolution.code, resolution.message, locator.valueRange(path)));
        return UNRESOLVED;
    };
    // A zero interval would poll in a tight loop: refuse it where it is written.
    const intervalMs = (value, path) => {
        const ms = toMs(value);
        if (ms === 0) {
            const message = 'The poll interval must be greater than 0: use e.g. `5s`.';
            diagnostics.push(diagnostic('bad-value', message, locator.valueRange(path)));
        }
        return ms;
    };
    const defaults = raw.defaults ?? {};
    const defaultSpace = resolveId(defaults.space_id, ['defaults', 'space_id']);
    const fallbackTimeout = defaults.timeout !== undefined
        ? toMs(defaults.timeout)
        : (options.defaults.timeoutMs ?? BUILTIN_TIMEOUT_MS);
    const fallbackInterval = defaults.interval !== undefined
        ? intervalMs(defaults.interval, ['defaults', 'interval'])
        : (options.defaults.intervalMs ?? BUILTIN_INTERVAL_MS);
    const tasks = [];
    const firstTaskLine = new Map();
    const taskList = raw.tasks ?? [];
    taskList.forEach((task, t) => {
        if (task === undefined)
            return;
        const taskPath = ['tasks', t];
        const taskId = resolveId(task.task_id, [...taskPath, 'task_id']);
        const spaceId = task.space_id !== undefined || invalid([...taskPath, 'space_id'])
            ? resolveId(task.space_id, [...taskPath, 'space_id'])
            : defaultSpace;
        const range = locator.valueRange(taskPath);
        const source = spaceId === UNRESOLVED
            ? undefined
            : normalizeSource(task, taskPath, spaceId, {
                locator,
                vars: options,
                diagnostics,
                resolveId: (value, path) => {
                    const id = resolveId(value, path);
                    return id === UNRESOLVED || id === undefined ? null : id;
                }
            });
        const otherNodes = task.other_nodes ?? defaults.other_nodes ?? 'no_failures';
        const nodes = normalizeNodes(task.nodes ?? [], [...taskPath, 'nodes'], {
            locator,
            diagnostics,
            hasSpace: spaceId !== undefined,
            otherNodes
        });
        // The spec's own values are checked even when the command line overrides them, and
        // whether or not the task's id resolves (every problem in one pass).
        const specTimeout = task.timeout !== undefined ? toMs(task.timeout) : fallbackTimeout;
        const specInterval = task.interval !== undefined
            ? intervalMs(task.interval, [...taskPath, 'interval'])
            : fallbackInterval;
        if (taskId === UNRESOLVED || spaceId === UNRESOLVED || source === null)
            return;
        if (taskId === undefined && source === undefined)
            return;
        const key = source ? sourceKey(source.kind, task.label ?? '') : taskKey(taskId ?? 0, spaceId);
        const idRange = locator.valueRange([...taskPath, source ? source.kind : 'task_id']);
        // Two sources with one label would collide in the task-ids output.
        const identity = source ? `label:${task.label}` : key;
        const first = firstTaskLine.get(identity);
        if (first !== undefined) {
            const message = source
                ? `Label \`${task.label}\` is already used by a \`create\` or \`select\` task (line ${first}): give each its own label.`
                : `Task ${key} is listed twice (first on line ${first}): merge the two entries.`;
            diagnostics.push(diagnostic('duplicate-task', message, idRange));
            return;
        }
        firstTaskLine.set(identity, idRange.line);
        const onFailed = task.on_failed ?? defaults.on_failed;
        tasks.push({
            key,
            taskId: taskId ?? 0,
            ...(source && { source }),
            ...(spaceId !== undefined && { spaceId }),
            ...(task.label !== undefined && { label: task.label }),
            states: toStates(task.state),
            timeoutMs: options.overrides?.timeoutMs ?? specTimeout,
            intervalMs: options.overrides?.intervalMs ?? specInterval,
            onFailed: onFailed !== undefined ? toOnFailed(onFailed) : 'fail',
            otherNodes,
            nodes,
            range
        });
    });
    return { tasks, diagnostics };
}
/**
 * One `nodes:` list, at the task's level or inside a subprocess node (which may nest again):
 * each entry normalized, with duplicates reported per list (each list is a different tree).
 */
function normalizeNodes(raw, path, ctx) {
    const { locator, diagnostics } = ctx;
    const nodes = [];
    const firstNodeLine = new Map();
    raw.forEach((node, n) => {
        // A hole, or an entry whose id or name was invalid (pruned): its problem is already reported.
        if (node === undefined || (node.id === undefined && node.name === undefined))
            return;
        const nodePath = [...path, n];
        const by = node.id !== undefined ? 'id' : 'name';
        const ref = node.id ?? node.name ?? '';
        const refRange = locator.valueRange([...nodePath, by]);
        if (by === 'name' && !ctx.hasSpace) {
            const message = 'A node given by `name` needs the task to have a `space_id` (names come from the task detail API): add `space_id`, or use the node `id`.';
            diagnostics.push(diagnostic('name-needs-space', message, locator.keyRange([...nodePath, 'name'])));
        }
        const first = firstNodeLine.get(`${by}:${ref}`);
        if (first !== undefined) {
            const message = `Node ${by} \`${ref}\` is listed twice in this ${path.length > 3 ? 'subprocess' : 'task'} (first on line ${first}): merge the two entries.`;
            diagnostics.push(diagnostic('duplicate-node', message, refRange));
        }
        else {
            firstNodeLine.set(`${by}:${ref}`, refRange.line);
        }
        const nested = node.nodes !== undefined || node.other_nodes !== undefined;
        const otherNodes = node.other_nodes ?? ctx.otherNodes;
        nodes.push({
            ...(node.id !== undefined ? { id: node.id } : { name: node.name }),
            states: toStates(node.state),
            ...(node.max_retry !== undefined && { maxRetry: node.max_retry }),
            ...(node.skip !== undefined && { skip: node.skip }),
            ...(node.error_ignored !== undefined && { errorIgnored: node.error_ignored }),
            ...(node.max_elapsed !== undefined && { maxElapsedMs: toMs(node.max_elapsed) }),
            ...(nested && {
                subprocess: {
                    nodes: normalizeNodes(node.nodes ?? [], [...nodePath, 'nodes'], { ...ctx, otherNodes }),
                    otherNodes
                }
            }),
            range: locator.valueRange(nodePath)
        });
    });
    return nodes;
}

;// CONCATENATED MODULE: ./src/spec/shard.ts
// Shard selection (`i/n`): a deterministic slice of the tasks for a matrix fan-out.
/** Parses `i/n` (1-based, 1 <= i <= n). */
function parseShard(text) {
    const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
    if (!match)
        return { error: 'shard must look like `i/n`, e.g. `2/4`.' };
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1)
        return { error: 'shard: n must be at least 1.' };
    if (index < 1 || index > count)
        return { error: `shard: i must be between 1 and ${count}.` };
    return { index, count };
}
/**
 * The 1-based shard of a task key: FNV-1a (32-bit) of the key, modulo the count. It depends on
 * the key alone, so a task stays in its shard however the file is reordered or grows.
 */
function shardOf(key, count) {
    let hash = 0x811c9dc5;
    for (const byte of Buffer.from(key, 'utf8')) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (hash % Math.max(1, Math.floor(count))) + 1;
}

;// CONCATENATED MODULE: ./src/spec/spec-validator.ts
const validate = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "bkflow-gate spec", "description": "The BKFlow tasks, and the nodes within them, whose states bkflow-gate asserts (spec version 1).", "type": "object", "additionalProperties": false, "required": ["version", "tasks"], "properties": { "version": { "title": "Spec version", "description": "The version of this spec format. Always 1.", "const": 1 }, "defaults": { "$ref": "#/$defs/defaults", "title": "Defaults", "description": "Settings every task inherits unless it sets its own." }, "tasks": { "title": "Tasks", "description": "The tasks to check: at least one.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/task" } } }, "$defs": { "defaults": { "title": "Defaults", "description": "Settings every task inherits unless it sets its own.", "type": "object", "additionalProperties": false, "properties": { "space_id": { "$ref": "#/$defs/integerOrVar", "title": "Space id", "description": "The BKFlow space of the tasks. Without it the app-bound endpoint is used." }, "timeout": { "$ref": "#/$defs/duration", "title": "Timeout", "description": "How long to wait for a task to settle (default 30m)." }, "interval": { "$ref": "#/$defs/duration", "title": "Poll interval", "description": "The base interval between polls (default 15s)." }, "on_failed": { "$ref": "#/$defs/onFailed", "title": "On FAILED", "description": "What a FAILED task means: `fail` settles at once (default), `wait` keeps polling, a duration is a grace period before it counts." }, "other_nodes": { "$ref": "#/$defs/otherNodes", "title": "Other nodes", "description": "What is required of nodes the spec does not list: `no_failures` (default), `finished` or `ignore`." } } }, "task": { "title": "Task", "description": "One BKFlow task and the states expected of it and of its nodes. The task is given by exactly one of `task_id`, `create` or `select`.", "type": "object", "additionalProperties": false, "oneOf": [{ "required": ["task_id"] }, { "required": ["create"] }, { "required": ["select"] }], "properties": { "task_id": { "$ref": "#/$defs/integerOrVar", "title": "Task id", "description": "The BKFlow task id: a positive integer, or `${VAR}` resolved from the vars or the environment." }, "create": { "$ref": "#/$defs/create", "title": "Create", "description": "Create the task from a template and start it, then gate it (instead of `task_id`). Needs a `label`." }, "select": { "$ref": "#/$defs/select", "title": "Select", "description": "Find existing tasks with BKFlow's task list (instead of `task_id`). Needs a `space_id` and a `label`." }, "space_id": { "$ref": "#/$defs/integerOrVar", "title": "Space id", "description": "The BKFlow space of the task. Without it the app-bound endpoint is used." }, "label": { "title": "Label", "description": "A display name for reports, and the task's key in the `task-ids` output (required with `create` and `select`).", "type": "string", "minLength": 1, "maxLength": 200 }, "state": { "$ref": "#/$defs/states", "title": "Expected task state", "description": "One state or a list of accepted states (default FINISHED)." }, "timeout": { "$ref": "#/$defs/duration", "title": "Timeout", "description": "How long to wait for this task to settle." }, "interval": { "$ref": "#/$defs/duration", "title": "Poll interval", "description": "The base interval between polls of this task." }, "on_failed": { "$ref": "#/$defs/onFailed", "title": "On FAILED", "description": "What a FAILED task means: `fail` settles at once, `wait` keeps polling, a duration is a grace period before it counts." }, "other_nodes": { "$ref": "#/$defs/otherNodes", "title": "Other nodes", "description": "What is required of nodes the spec does not list: `no_failures`, `finished` or `ignore`." }, "nodes": { "title": "Nodes", "description": "Expectations for individual nodes of the task.", "type": "array", "items": { "$ref": "#/$defs/node" } } } }, "create": { "title": "Create", "description": "A task to create from a template (create_task, or create_task_by_app without a space_id), then start.", "type": "object", "additionalProperties": false, "required": ["template_id"], "properties": { "template_id": { "$ref": "#/$defs/integerOrVar", "title": "Template id", "description": "The BKFlow template to create the task from." }, "name": { "title": "Task name", "description": "The new task's name (default `<label> <run id>`). `${VAR}` may appear anywhere in it: sent to BKFlow, never printed.", "type": "string", "minLength": 1, "maxLength": 128 }, "constants": { "title": "Constants", "description": "Template variables to set, keyed without `${}` (the gate adds it). String values may contain `${VAR}` (`$${` for a literal `${`): sent to BKFlow, never printed.", "type": "object" }, "creator": { "title": "Creator", "description": "The task's creator and the operator that starts it (space variant; default the username input).", "type": "string", "minLength": 1, "maxLength": 32 } } }, "select": { "title": "Select", "description": "Filters for BKFlow's task list: the newest match is checked, or every match with `pick: all`. Give at least one of template_id, name, creator, label, created_within.", "type": "object", "additionalProperties": false, "properties": { "template_id": { "$ref": "#/$defs/integerOrVar", "title": "Template id", "description": "Only tasks created from this template." }, "name": { "title": "Name contains", "description": "Only tasks whose name contains this text (case-insensitive).", "type": "string", "minLength": 1, "maxLength": 128 }, "creator": { "title": "Creator", "description": "Only tasks created by this user.", "type": "string", "minLength": 1, "maxLength": 32 }, "label": { "title": "BKFlow label", "description": "Only tasks carrying a BKFlow label of this name.", "type": "string", "minLength": 1, "maxLength": 128 }, "created_within": { "$ref": "#/$defs/duration", "title": "Created within", "description": "Only tasks created at most this long ago, e.g. `24h`." }, "pick": { "title": "Pick", "description": "`latest` (default) checks the newest match; `all` checks every match as its own task.", "type": "string", "enum": ["latest", "all"] } } }, "node": { "title": "Node", "description": "One node of the task, by `id` or by `name` (exactly one), and what is expected of it.", "type": "object", "additionalProperties": false, "oneOf": [{ "required": ["id"] }, { "required": ["name"] }], "properties": { "id": { "title": "Node id", "description": "The node's id: its template node id (the same in every task of the template) or its runtime id (this task only).", "type": "string", "minLength": 1 }, "name": { "title": "Node name", "description": "The node name; must match exactly one activity or gateway of the task (needs a space_id).", "type": "string", "minLength": 1 }, "state": { "$ref": "#/$defs/states", "title": "Expected node state", "description": "One state or a list of accepted states (default FINISHED)." }, "max_retry": { "title": "Maximum retries", "description": "The node's retry count must be at most this. BKFlow counts the retries of the current loop only.", "type": "integer", "minimum": 0 }, "skip": { "title": "Skipped", "description": "The node's skip flag must equal this.", "type": "boolean" }, "error_ignored": { "title": "Error ignored", "description": "The node's error_ignored flag must equal this.", "type": "boolean" }, "max_elapsed": { "$ref": "#/$defs/duration", "title": "Maximum elapsed time", "description": "The node's elapsed time must be at most this; an unknown elapsed time (a loop re-entry) does not pass." }, "nodes": { "title": "Subprocess nodes", "description": "For a subprocess node: expectations for the nodes of the child task it runs (or of a legacy nested subprocess), checked like the task's own.", "type": "array", "items": { "$ref": "#/$defs/node" } }, "other_nodes": { "$ref": "#/$defs/otherNodes", "title": "Other subprocess nodes", "description": "For a subprocess node: what is required of the child's nodes that `nodes` does not list (default: the task's `other_nodes`)." } } }, "integerOrVar": { "title": "Id", "description": "A positive integer, or `${VAR}` that resolves to one.", "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, { "type": "string", "pattern": "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }] }, "duration": { "title": "Duration", "description": "A number of seconds, or a string such as `500ms`, `90s`, `15m`, `2h`, or a compound from the largest unit down such as `1h30m`, `2m30s`.", "anyOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }] }, "state": { "title": "State", "description": "A BKFlow task or node state.", "type": "string", "enum": ["CREATED", "READY", "LOOP_READY", "RUNNING", "SUSPENDED", "NODE_SUSPENDED", "BLOCKED", "FINISHED", "FAILED", "REVOKED", "EXPIRED", "ROLLING_BACK", "ROLL_BACK_SUCCESS", "ROLL_BACK_FAILED"] }, "states": { "title": "States", "description": "One state, or a non-empty list of accepted states.", "anyOf": [{ "$ref": "#/$defs/state" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/state" } }] }, "onFailed": { "title": "On FAILED", "description": "`fail`, `wait`, or a grace duration.", "anyOf": [{ "type": "string", "enum": ["fail", "wait"] }, { "$ref": "#/$defs/duration" }] }, "otherNodes": { "title": "Other nodes", "description": "`no_failures`, `finished` or `ignore`.", "type": "string", "enum": ["no_failures", "finished", "ignore"] } } };
const schema32 = { "title": "Defaults", "description": "Settings every task inherits unless it sets its own.", "type": "object", "additionalProperties": false, "properties": { "space_id": { "$ref": "#/$defs/integerOrVar", "title": "Space id", "description": "The BKFlow space of the tasks. Without it the app-bound endpoint is used." }, "timeout": { "$ref": "#/$defs/duration", "title": "Timeout", "description": "How long to wait for a task to settle (default 30m)." }, "interval": { "$ref": "#/$defs/duration", "title": "Poll interval", "description": "The base interval between polls (default 15s)." }, "on_failed": { "$ref": "#/$defs/onFailed", "title": "On FAILED", "description": "What a FAILED task means: `fail` settles at once (default), `wait` keeps polling, a duration is a grace period before it counts." }, "other_nodes": { "$ref": "#/$defs/otherNodes", "title": "Other nodes", "description": "What is required of nodes the spec does not list: `no_failures` (default), `finished` or `ignore`." } } };
const schema33 = { "title": "Id", "description": "A positive integer, or `${VAR}` that resolves to one.", "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, { "type": "string", "pattern": "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }] };
const schema34 = { "title": "Duration", "description": "A number of seconds, or a string such as `500ms`, `90s`, `15m`, `2h`, or a compound from the largest unit down such as `1h30m`, `2m30s`.", "anyOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }] };
const schema38 = { "title": "Other nodes", "description": "`no_failures`, `finished` or `ignore`.", "type": "string", "enum": ["no_failures", "finished", "ignore"] };
const pattern4 = new RegExp("^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", "u");
const pattern5 = new RegExp("^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", "u");
const schema36 = { "title": "On FAILED", "description": "`fail`, `wait`, or a grace duration.", "anyOf": [{ "type": "string", "enum": ["fail", "wait"] }, { "$ref": "#/$defs/duration" }] };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate22.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.anyOf[0].type, parentSchema: schema36.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((data === "fail") || (data === "wait"))) {
        const err1 = { instancePath, schemaPath: "#/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema36.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema36.anyOf[0].enum, parentSchema: schema36.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    const _errs3 = errors;
    const _errs5 = errors;
    let valid2 = false;
    const _errs6 = errors;
    if ((typeof data == "number") && (isFinite(data))) {
        if (data < 0 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/$defs/duration/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.anyOf[0], data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/$defs/duration/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.anyOf[0].type, parentSchema: schema34.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    var _valid1 = _errs6 === errors;
    valid2 = valid2 || _valid1;
    const _errs8 = errors;
    if (typeof data === "string") {
        if (!pattern5.test(data)) {
            const err4 = { instancePath, schemaPath: "#/$defs/duration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" + "\"", schema: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", parentSchema: schema34.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/$defs/duration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.anyOf[1].type, parentSchema: schema34.anyOf[1], data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    var _valid1 = _errs8 === errors;
    valid2 = valid2 || _valid1;
    if (!valid2) {
        const err6 = { instancePath, schemaPath: "#/$defs/duration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        errors = _errs5;
        if (vErrors !== null) {
            if (_errs5) {
                vErrors.length = _errs5;
            }
            else {
                vErrors = null;
            }
        }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const err7 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema36.anyOf, parentSchema: schema36, data };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate22.errors = vErrors;
    return errors === 0;
}
validate22.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((((key0 === "space_id") || (key0 === "timeout")) || (key0 === "interval")) || (key0 === "on_failed")) || (key0 === "other_nodes"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.space_id !== undefined) {
            let data0 = data.space_id;
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err1 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.anyOf[0].type, parentSchema: schema33.anyOf[0], data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err3 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            const _errs7 = errors;
            if (typeof data0 === "string") {
                if (!pattern4.test(data0)) {
                    const err4 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: "must match pattern \"" + "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" + "\"", schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema33.anyOf[1], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.anyOf[1].type, parentSchema: schema33.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            var _valid0 = _errs7 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const err6 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.timeout !== undefined) {
            let data1 = data.timeout;
            const _errs11 = errors;
            let valid4 = false;
            const _errs12 = errors;
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 0 || isNaN(data1)) {
                    const err7 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.anyOf[0], data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.anyOf[0].type, parentSchema: schema34.anyOf[0], data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            var _valid1 = _errs12 === errors;
            valid4 = valid4 || _valid1;
            const _errs14 = errors;
            if (typeof data1 === "string") {
                if (!pattern5.test(data1)) {
                    const err9 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" + "\"", schema: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", parentSchema: schema34.anyOf[1], data: data1 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.anyOf[1].type, parentSchema: schema34.anyOf[1], data: data1 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            var _valid1 = _errs14 === errors;
            valid4 = valid4 || _valid1;
            if (!valid4) {
                const err11 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data: data1 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            else {
                errors = _errs11;
                if (vErrors !== null) {
                    if (_errs11) {
                        vErrors.length = _errs11;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.interval !== undefined) {
            let data2 = data.interval;
            const _errs18 = errors;
            let valid6 = false;
            const _errs19 = errors;
            if ((typeof data2 == "number") && (isFinite(data2))) {
                if (data2 < 0 || isNaN(data2)) {
                    const err12 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.anyOf[0], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.anyOf[0].type, parentSchema: schema34.anyOf[0], data: data2 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            var _valid2 = _errs19 === errors;
            valid6 = valid6 || _valid2;
            const _errs21 = errors;
            if (typeof data2 === "string") {
                if (!pattern5.test(data2)) {
                    const err14 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" + "\"", schema: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", parentSchema: schema34.anyOf[1], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.anyOf[1].type, parentSchema: schema34.anyOf[1], data: data2 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            var _valid2 = _errs21 === errors;
            valid6 = valid6 || _valid2;
            if (!valid6) {
                const err16 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data: data2 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            else {
                errors = _errs18;
                if (vErrors !== null) {
                    if (_errs18) {
                        vErrors.length = _errs18;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.on_failed !== undefined) {
            if (!(validate22(data.on_failed, { instancePath: instancePath + "/on_failed", parentData: data, parentDataProperty: "on_failed", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
            }
        }
        if (data.other_nodes !== undefined) {
            let data4 = data.other_nodes;
            if (typeof data4 !== "string") {
                const err17 = { instancePath: instancePath + "/other_nodes", schemaPath: "#/$defs/otherNodes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data4 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            if (!(((data4 === "no_failures") || (data4 === "finished")) || (data4 === "ignore"))) {
                const err18 = { instancePath: instancePath + "/other_nodes", schemaPath: "#/$defs/otherNodes/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data4 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    else {
        const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err19];
        }
        else {
            vErrors.push(err19);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema39 = { "title": "Task", "description": "One BKFlow task and the states expected of it and of its nodes. The task is given by exactly one of `task_id`, `create` or `select`.", "type": "object", "additionalProperties": false, "oneOf": [{ "required": ["task_id"] }, { "required": ["create"] }, { "required": ["select"] }], "properties": { "task_id": { "$ref": "#/$defs/integerOrVar", "title": "Task id", "description": "The BKFlow task id: a positive integer, or `${VAR}` resolved from the vars or the environment." }, "create": { "$ref": "#/$defs/create", "title": "Create", "description": "Create the task from a template and start it, then gate it (instead of `task_id`). Needs a `label`." }, "select": { "$ref": "#/$defs/select", "title": "Select", "description": "Find existing tasks with BKFlow's task list (instead of `task_id`). Needs a `space_id` and a `label`." }, "space_id": { "$ref": "#/$defs/integerOrVar", "title": "Space id", "description": "The BKFlow space of the task. Without it the app-bound endpoint is used." }, "label": { "title": "Label", "description": "A display name for reports, and the task's key in the `task-ids` output (required with `create` and `select`).", "type": "string", "minLength": 1, "maxLength": 200 }, "state": { "$ref": "#/$defs/states", "title": "Expected task state", "description": "One state or a list of accepted states (default FINISHED)." }, "timeout": { "$ref": "#/$defs/duration", "title": "Timeout", "description": "How long to wait for this task to settle." }, "interval": { "$ref": "#/$defs/duration", "title": "Poll interval", "description": "The base interval between polls of this task." }, "on_failed": { "$ref": "#/$defs/onFailed", "title": "On FAILED", "description": "What a FAILED task means: `fail` settles at once, `wait` keeps polling, a duration is a grace period before it counts." }, "other_nodes": { "$ref": "#/$defs/otherNodes", "title": "Other nodes", "description": "What is required of nodes the spec does not list: `no_failures`, `finished` or `ignore`." }, "nodes": { "title": "Nodes", "description": "Expectations for individual nodes of the task.", "type": "array", "items": { "$ref": "#/$defs/node" } } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});
const schema41 = { "title": "Create", "description": "A task to create from a template (create_task, or create_task_by_app without a space_id), then start.", "type": "object", "additionalProperties": false, "required": ["template_id"], "properties": { "template_id": { "$ref": "#/$defs/integerOrVar", "title": "Template id", "description": "The BKFlow template to create the task from." }, "name": { "title": "Task name", "description": "The new task's name (default `<label> <run id>`). `${VAR}` may appear anywhere in it: sent to BKFlow, never printed.", "type": "string", "minLength": 1, "maxLength": 128 }, "constants": { "title": "Constants", "description": "Template variables to set, keyed without `${}` (the gate adds it). String values may contain `${VAR}` (`$${` for a literal `${`): sent to BKFlow, never printed.", "type": "object" }, "creator": { "title": "Creator", "description": "The task's creator and the operator that starts it (space variant; default the username input).", "type": "string", "minLength": 1, "maxLength": 32 } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate26.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.template_id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "template_id" }, message: "must have required property '" + "template_id" + "'", schema: schema41.required, parentSchema: schema41, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "template_id") || (key0 === "name")) || (key0 === "constants")) || (key0 === "creator"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.template_id !== undefined) {
            let data0 = data.template_id;
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err2 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.anyOf[0].type, parentSchema: schema33.anyOf[0], data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err3 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            const _errs7 = errors;
            if (typeof data0 === "string") {
                if (!pattern4.test(data0)) {
                    const err5 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: "must match pattern \"" + "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" + "\"", schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema33.anyOf[1], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.anyOf[1].type, parentSchema: schema33.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            var _valid0 = _errs7 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const err7 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data0 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 === "string") {
                if (func2(data1) > 128) {
                    const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema41.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (func2(data1) < 1) {
                    const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.name.type, parentSchema: schema41.properties.name, data: data1 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.constants !== undefined) {
            let data2 = data.constants;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err11 = { instancePath: instancePath + "/constants", schemaPath: "#/properties/constants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.constants.type, parentSchema: schema41.properties.constants, data: data2 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.creator !== undefined) {
            let data3 = data.creator;
            if (typeof data3 === "string") {
                if (func2(data3) > 32) {
                    const err12 = { instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema41.properties.creator, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                if (func2(data3) < 1) {
                    const err13 = { instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.creator, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            else {
                const err14 = { instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.creator.type, parentSchema: schema41.properties.creator, data: data3 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
    }
    else {
        const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
        if (vErrors === null) {
            vErrors = [err15];
        }
        else {
            vErrors.push(err15);
        }
        errors++;
    }
    validate26.errors = vErrors;
    return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema43 = { "title": "Select", "description": "Filters for BKFlow's task list: the newest match is checked, or every match with `pick: all`. Give at least one of template_id, name, creator, label, created_within.", "type": "object", "additionalProperties": false, "properties": { "template_id": { "$ref": "#/$defs/integerOrVar", "title": "Template id", "description": "Only tasks created from this template." }, "name": { "title": "Name contains", "description": "Only tasks whose name contains this text (case-insensitive).", "type": "string", "minLength": 1, "maxLength": 128 }, "creator": { "title": "Creator", "description": "Only tasks created by this user.", "type": "string", "minLength": 1, "maxLength": 32 }, "label": { "title": "BKFlow label", "description": "Only tasks carrying a BKFlow label of this name.", "type": "string", "minLength": 1, "maxLength": 128 }, "created_within": { "$ref": "#/$defs/duration", "title": "Created within", "description": "Only tasks created at most this long ago, e.g. `24h`." }, "pick": { "title": "Pick", "description": "`latest` (default) checks the newest match; `all` checks every match as its own task.", "type": "string", "enum": ["latest", "all"] } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate28.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((((((key0 === "template_id") || (key0 === "name")) || (key0 === "creator")) || (key0 === "label")) || (key0 === "created_within")) || (key0 === "pick"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.template_id !== undefined) {
            let data0 = data.template_id;
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err1 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.anyOf[0].type, parentSchema: schema33.anyOf[0], data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err3 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            const _errs7 = errors;
            if (typeof data0 === "string") {
                if (!pattern4.test(data0)) {
                    const err4 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: "must match pattern \"" + "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" + "\"", schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema33.anyOf[1], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.anyOf[1].type, parentSchema: schema33.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            var _valid0 = _errs7 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const err6 = { instancePath: instancePath + "/template_id", schemaPath: "#/$defs/integerOrVar/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 === "string") {
                if (func2(data1) > 128) {
                    const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema43.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (func2(data1) < 1) {
                    const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.name.type, parentSchema: schema43.properties.name, data: data1 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.creator !== undefined) {
            let data2 = data.creator;
            if (typeof data2 === "string") {
                if (func2(data2) > 32) {
                    const err10 = { instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema43.properties.creator, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if (func2(data2) < 1) {
                    const err11 = { instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.creator, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.creator.type, parentSchema: schema43.properties.creator, data: data2 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.label !== undefined) {
            let data3 = data.label;
            if (typeof data3 === "string") {
                if (func2(data3) > 128) {
                    const err13 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema43.properties.label, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                if (func2(data3) < 1) {
                    const err14 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.label, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.label.type, parentSchema: schema43.properties.label, data: data3 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.created_within !== undefined) {
            let data4 = data.created_within;
            const _errs17 = errors;
            let valid4 = false;
            const _errs18 = errors;
            if ((typeof data4 == "number") && (isFinite(data4))) {
                if (data4 < 0 || isNaN(data4)) {
                    const err16 = { instancePath: instancePath + "/created_within", schemaPath: "#/$defs/duration/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.anyOf[0], data: data4 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/created_within", schemaPath: "#/$defs/duration/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.anyOf[0].type, parentSchema: schema34.anyOf[0], data: data4 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            var _valid1 = _errs18 === errors;
            valid4 = valid4 || _valid1;
            const _errs20 = errors;
            if (typeof data4 === "string") {
                if (!pattern5.test(data4)) {
                    const err18 = { instancePath: instancePath + "/created_within", schemaPath: "#/$defs/duration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" + "\"", schema: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", parentSchema: schema34.anyOf[1], data: data4 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/created_within", schemaPath: "#/$defs/duration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.anyOf[1].type, parentSchema: schema34.anyOf[1], data: data4 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            var _valid1 = _errs20 === errors;
            valid4 = valid4 || _valid1;
            if (!valid4) {
                const err20 = { instancePath: instancePath + "/created_within", schemaPath: "#/$defs/duration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data: data4 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            else {
                errors = _errs17;
                if (vErrors !== null) {
                    if (_errs17) {
                        vErrors.length = _errs17;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.pick !== undefined) {
            let data5 = data.pick;
            if (typeof data5 !== "string") {
                const err21 = { instancePath: instancePath + "/pick", schemaPath: "#/properties/pick/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.pick.type, parentSchema: schema43.properties.pick, data: data5 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if (!((data5 === "latest") || (data5 === "all"))) {
                const err22 = { instancePath: instancePath + "/pick", schemaPath: "#/properties/pick/enum", keyword: "enum", params: { allowedValues: schema43.properties.pick.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.pick.enum, parentSchema: schema43.properties.pick, data: data5 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
    }
    else {
        const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
        if (vErrors === null) {
            vErrors = [err23];
        }
        else {
            vErrors.push(err23);
        }
        errors++;
    }
    validate28.errors = vErrors;
    return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema47 = { "title": "States", "description": "One state, or a non-empty list of accepted states.", "anyOf": [{ "$ref": "#/$defs/state" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/state" } }] };
const schema48 = { "title": "State", "description": "A BKFlow task or node state.", "type": "string", "enum": ["CREATED", "READY", "LOOP_READY", "RUNNING", "SUSPENDED", "NODE_SUSPENDED", "BLOCKED", "FINISHED", "FAILED", "REVOKED", "EXPIRED", "ROLLING_BACK", "ROLL_BACK_SUCCESS", "ROLL_BACK_FAILED"] };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate30.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/$defs/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((((((((((data === "CREATED") || (data === "READY")) || (data === "LOOP_READY")) || (data === "RUNNING")) || (data === "SUSPENDED")) || (data === "NODE_SUSPENDED")) || (data === "BLOCKED")) || (data === "FINISHED")) || (data === "FAILED")) || (data === "REVOKED")) || (data === "EXPIRED")) || (data === "ROLLING_BACK")) || (data === "ROLL_BACK_SUCCESS")) || (data === "ROLL_BACK_FAILED"))) {
        const err1 = { instancePath, schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    const _errs4 = errors;
    if (Array.isArray(data)) {
        if (data.length < 1) {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (typeof data0 !== "string") {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (!((((((((((((((data0 === "CREATED") || (data0 === "READY")) || (data0 === "LOOP_READY")) || (data0 === "RUNNING")) || (data0 === "SUSPENDED")) || (data0 === "NODE_SUSPENDED")) || (data0 === "BLOCKED")) || (data0 === "FINISHED")) || (data0 === "FAILED")) || (data0 === "REVOKED")) || (data0 === "EXPIRED")) || (data0 === "ROLLING_BACK")) || (data0 === "ROLL_BACK_SUCCESS")) || (data0 === "ROLL_BACK_FAILED"))) {
                const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.anyOf[1].type, parentSchema: schema47.anyOf[1], data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
    if (_valid0) {
        var items0 = true;
    }
    if (!valid0) {
        const err6 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema47.anyOf, parentSchema: schema47, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate30.errors = vErrors;
    evaluated0.items = items0;
    return errors === 0;
}
validate30.evaluated = { "dynamicProps": false, "dynamicItems": true };
const schema53 = { "title": "Node", "description": "One node of the task, by `id` or by `name` (exactly one), and what is expected of it.", "type": "object", "additionalProperties": false, "oneOf": [{ "required": ["id"] }, { "required": ["name"] }], "properties": { "id": { "title": "Node id", "description": "The node's id: its template node id (the same in every task of the template) or its runtime id (this task only).", "type": "string", "minLength": 1 }, "name": { "title": "Node name", "description": "The node name; must match exactly one activity or gateway of the task (needs a space_id).", "type": "string", "minLength": 1 }, "state": { "$ref": "#/$defs/states", "title": "Expected node state", "description": "One state or a list of accepted states (default FINISHED)." }, "max_retry": { "title": "Maximum retries", "description": "The node's retry count must be at most this. BKFlow counts the retries of the current loop only.", "type": "integer", "minimum": 0 }, "skip": { "title": "Skipped", "description": "The node's skip flag must equal this.", "type": "boolean" }, "error_ignored": { "title": "Error ignored", "description": "The node's error_ignored flag must equal this.", "type": "boolean" }, "max_elapsed": { "$ref": "#/$defs/duration", "title": "Maximum elapsed time", "description": "The node's elapsed time must be at most this; an unknown elapsed time (a loop re-entry) does not pass." }, "nodes": { "title": "Subprocess nodes", "description": "For a subprocess node: expectations for the nodes of the child task it runs (or of a legacy nested subprocess), checked like the task's own.", "type": "array", "items": { "$ref": "#/$defs/node" } }, "other_nodes": { "$ref": "#/$defs/otherNodes", "title": "Other subprocess nodes", "description": "For a subprocess node: what is required of the child's nodes that `nodes` does not list (default: the task's `other_nodes`)." } } };
const wrapper0 = { validate: validate33 };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate33.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs1 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema53.oneOf[0].required, parentSchema: schema53.oneOf[0], data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    var _valid0 = _errs2 === errors;
    if (_valid0) {
        valid0 = true;
        passing0 = 0;
    }
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema53.oneOf[1].required, parentSchema: schema53.oneOf[1], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
    }
    else {
        if (_valid0) {
            valid0 = true;
            passing0 = 1;
        }
    }
    if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema53.oneOf, parentSchema: schema53, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func1.call(schema53.properties, key0))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                    const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema53.properties.id, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.id.type, parentSchema: schema53.properties.id, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                    const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema53.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.name.type, parentSchema: schema53.properties.name, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.state !== undefined) {
            if (!(validate30(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
            }
        }
        if (data.max_retry !== undefined) {
            let data3 = data.max_retry;
            if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                const err8 = { instancePath: instancePath + "/max_retry", schemaPath: "#/properties/max_retry/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema53.properties.max_retry.type, parentSchema: schema53.properties.max_retry, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if ((typeof data3 == "number") && (isFinite(data3))) {
                if (data3 < 0 || isNaN(data3)) {
                    const err9 = { instancePath: instancePath + "/max_retry", schemaPath: "#/properties/max_retry/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema53.properties.max_retry, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        if (data.skip !== undefined) {
            let data4 = data.skip;
            if (typeof data4 !== "boolean") {
                const err10 = { instancePath: instancePath + "/skip", schemaPath: "#/properties/skip/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema53.properties.skip.type, parentSchema: schema53.properties.skip, data: data4 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.error_ignored !== undefined) {
            let data5 = data.error_ignored;
            if (typeof data5 !== "boolean") {
                const err11 = { instancePath: instancePath + "/error_ignored", schemaPath: "#/properties/error_ignored/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema53.properties.error_ignored.type, parentSchema: schema53.properties.error_ignored, data: data5 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.max_elapsed !== undefined) {
            let data6 = data.max_elapsed;
            const _errs18 = errors;
            let valid3 = false;
            const _errs19 = errors;
            if ((typeof data6 == "number") && (isFinite(data6))) {
                if (data6 < 0 || isNaN(data6)) {
                    const err12 = { instancePath: instancePath + "/max_elapsed", schemaPath: "#/$defs/duration/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.anyOf[0], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/max_elapsed", schemaPath: "#/$defs/duration/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.anyOf[0].type, parentSchema: schema34.anyOf[0], data: data6 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            var _valid1 = _errs19 === errors;
            valid3 = valid3 || _valid1;
            const _errs21 = errors;
            if (typeof data6 === "string") {
                if (!pattern5.test(data6)) {
                    const err14 = { instancePath: instancePath + "/max_elapsed", schemaPath: "#/$defs/duration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" + "\"", schema: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", parentSchema: schema34.anyOf[1], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/max_elapsed", schemaPath: "#/$defs/duration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.anyOf[1].type, parentSchema: schema34.anyOf[1], data: data6 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            var _valid1 = _errs21 === errors;
            valid3 = valid3 || _valid1;
            if (!valid3) {
                const err16 = { instancePath: instancePath + "/max_elapsed", schemaPath: "#/$defs/duration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data: data6 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            else {
                errors = _errs18;
                if (vErrors !== null) {
                    if (_errs18) {
                        vErrors.length = _errs18;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.nodes !== undefined) {
            let data7 = data.nodes;
            if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(wrapper0.validate(data7[i0], { instancePath: instancePath + "/nodes/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.nodes.type, parentSchema: schema53.properties.nodes, data: data7 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.other_nodes !== undefined) {
            let data9 = data.other_nodes;
            if (typeof data9 !== "string") {
                const err18 = { instancePath: instancePath + "/other_nodes", schemaPath: "#/$defs/otherNodes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data9 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (!(((data9 === "no_failures") || (data9 === "finished")) || (data9 === "ignore"))) {
                const err19 = { instancePath: instancePath + "/other_nodes", schemaPath: "#/$defs/otherNodes/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data9 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
    }
    else {
        const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
        if (vErrors === null) {
            vErrors = [err20];
        }
        else {
            vErrors.push(err20);
        }
        errors++;
    }
    validate33.errors = vErrors;
    return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate25.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs1 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.task_id === undefined) {
            const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "task_id" }, message: "must have required property '" + "task_id" + "'", schema: schema39.oneOf[0].required, parentSchema: schema39.oneOf[0], data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    var _valid0 = _errs2 === errors;
    if (_valid0) {
        valid0 = true;
        passing0 = 0;
    }
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.create === undefined) {
            const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "create" }, message: "must have required property '" + "create" + "'", schema: schema39.oneOf[1].required, parentSchema: schema39.oneOf[1], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
    }
    else {
        if (_valid0) {
            valid0 = true;
            passing0 = 1;
        }
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.select === undefined) {
                const err2 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "select" }, message: "must have required property '" + "select" + "'", schema: schema39.oneOf[2].required, parentSchema: schema39.oneOf[2], data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        var _valid0 = _errs4 === errors;
        if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 2];
        }
        else {
            if (_valid0) {
                valid0 = true;
                passing0 = 2;
            }
        }
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func1.call(schema39.properties, key0))) {
                const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.task_id !== undefined) {
            let data0 = data.task_id;
            const _errs8 = errors;
            let valid3 = false;
            const _errs9 = errors;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err5 = { instancePath: instancePath + "/task_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.anyOf[0].type, parentSchema: schema33.anyOf[0], data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err6 = { instancePath: instancePath + "/task_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err7 = { instancePath: instancePath + "/task_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            var _valid1 = _errs9 === errors;
            valid3 = valid3 || _valid1;
            const _errs11 = errors;
            if (typeof data0 === "string") {
                if (!pattern4.test(data0)) {
                    const err8 = { instancePath: instancePath + "/task_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: "must match pattern \"" + "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" + "\"", schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema33.anyOf[1], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/task_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.anyOf[1].type, parentSchema: schema33.anyOf[1], data: data0 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            var _valid1 = _errs11 === errors;
            valid3 = valid3 || _valid1;
            if (!valid3) {
                const err10 = { instancePath: instancePath + "/task_id", schemaPath: "#/$defs/integerOrVar/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data0 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            else {
                errors = _errs8;
                if (vErrors !== null) {
                    if (_errs8) {
                        vErrors.length = _errs8;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.create !== undefined) {
            if (!(validate26(data.create, { instancePath: instancePath + "/create", parentData: data, parentDataProperty: "create", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
            }
        }
        if (data.select !== undefined) {
            if (!(validate28(data.select, { instancePath: instancePath + "/select", parentData: data, parentDataProperty: "select", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
            }
        }
        if (data.space_id !== undefined) {
            let data3 = data.space_id;
            const _errs17 = errors;
            let valid5 = false;
            const _errs18 = errors;
            if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                const err11 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.anyOf[0].type, parentSchema: schema33.anyOf[0], data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if ((typeof data3 == "number") && (isFinite(data3))) {
                if (data3 > 9007199254740991 || isNaN(data3)) {
                    const err12 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema33.anyOf[0], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                if (data3 < 1 || isNaN(data3)) {
                    const err13 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.anyOf[0], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            var _valid2 = _errs18 === errors;
            valid5 = valid5 || _valid2;
            const _errs20 = errors;
            if (typeof data3 === "string") {
                if (!pattern4.test(data3)) {
                    const err14 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" }, message: "must match pattern \"" + "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$" + "\"", schema: "^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$", parentSchema: schema33.anyOf[1], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.anyOf[1].type, parentSchema: schema33.anyOf[1], data: data3 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            var _valid2 = _errs20 === errors;
            valid5 = valid5 || _valid2;
            if (!valid5) {
                const err16 = { instancePath: instancePath + "/space_id", schemaPath: "#/$defs/integerOrVar/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data3 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            else {
                errors = _errs17;
                if (vErrors !== null) {
                    if (_errs17) {
                        vErrors.length = _errs17;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.label !== undefined) {
            let data4 = data.label;
            if (typeof data4 === "string") {
                if (func2(data4) > 200) {
                    const err17 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema39.properties.label, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (func2(data4) < 1) {
                    const err18 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.label, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.label.type, parentSchema: schema39.properties.label, data: data4 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.state !== undefined) {
            if (!(validate30(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
            }
        }
        if (data.timeout !== undefined) {
            let data6 = data.timeout;
            const _errs27 = errors;
            let valid7 = false;
            const _errs28 = errors;
            if ((typeof data6 == "number") && (isFinite(data6))) {
                if (data6 < 0 || isNaN(data6)) {
                    const err20 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.anyOf[0], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.anyOf[0].type, parentSchema: schema34.anyOf[0], data: data6 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            var _valid3 = _errs28 === errors;
            valid7 = valid7 || _valid3;
            const _errs30 = errors;
            if (typeof data6 === "string") {
                if (!pattern5.test(data6)) {
                    const err22 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" + "\"", schema: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", parentSchema: schema34.anyOf[1], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.anyOf[1].type, parentSchema: schema34.anyOf[1], data: data6 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            var _valid3 = _errs30 === errors;
            valid7 = valid7 || _valid3;
            if (!valid7) {
                const err24 = { instancePath: instancePath + "/timeout", schemaPath: "#/$defs/duration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data: data6 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            else {
                errors = _errs27;
                if (vErrors !== null) {
                    if (_errs27) {
                        vErrors.length = _errs27;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.interval !== undefined) {
            let data7 = data.interval;
            const _errs34 = errors;
            let valid9 = false;
            const _errs35 = errors;
            if ((typeof data7 == "number") && (isFinite(data7))) {
                if (data7 < 0 || isNaN(data7)) {
                    const err25 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.anyOf[0], data: data7 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
            else {
                const err26 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.anyOf[0].type, parentSchema: schema34.anyOf[0], data: data7 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            var _valid4 = _errs35 === errors;
            valid9 = valid9 || _valid4;
            const _errs37 = errors;
            if (typeof data7 === "string") {
                if (!pattern5.test(data7)) {
                    const err27 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" }, message: "must match pattern \"" + "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$" + "\"", schema: "^(?=[0-9])([0-9]+(\\.[0-9]+)?h)?([0-9]+(\\.[0-9]+)?m)?([0-9]+(\\.[0-9]+)?s)?([0-9]+(\\.[0-9]+)?ms)?$", parentSchema: schema34.anyOf[1], data: data7 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            else {
                const err28 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.anyOf[1].type, parentSchema: schema34.anyOf[1], data: data7 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            var _valid4 = _errs37 === errors;
            valid9 = valid9 || _valid4;
            if (!valid9) {
                const err29 = { instancePath: instancePath + "/interval", schemaPath: "#/$defs/duration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.anyOf, parentSchema: schema34, data: data7 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            else {
                errors = _errs34;
                if (vErrors !== null) {
                    if (_errs34) {
                        vErrors.length = _errs34;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.on_failed !== undefined) {
            if (!(validate22(data.on_failed, { instancePath: instancePath + "/on_failed", parentData: data, parentDataProperty: "on_failed", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
            }
        }
        if (data.other_nodes !== undefined) {
            let data9 = data.other_nodes;
            if (typeof data9 !== "string") {
                const err30 = { instancePath: instancePath + "/other_nodes", schemaPath: "#/$defs/otherNodes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data9 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (!(((data9 === "no_failures") || (data9 === "finished")) || (data9 === "ignore"))) {
                const err31 = { instancePath: instancePath + "/other_nodes", schemaPath: "#/$defs/otherNodes/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data9 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.nodes !== undefined) {
            let data10 = data.nodes;
            if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate33(data10[i0], { instancePath: instancePath + "/nodes/" + i0, parentData: data10, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.nodes.type, parentSchema: schema39.properties.nodes, data: data10 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
    }
    else {
        const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err33];
        }
        else {
            vErrors.push(err33);
        }
        errors++;
    }
    validate25.errors = vErrors;
    return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.tasks === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property '" + "tasks" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "version") || (key0 === "defaults")) || (key0 === "tasks"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (1 !== data0) {
                const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.defaults !== undefined) {
            if (!(validate21(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
            }
        }
        if (data.tasks !== undefined) {
            let data2 = data.tasks;
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err4 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.tasks, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate25(data2[i0], { instancePath: instancePath + "/tasks/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.tasks.type, parentSchema: schema31.properties.tasks, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateSpecSchema = validate;

;// CONCATENATED MODULE: ./src/spec/suggest.ts
// "Did you mean" suggestions for typos in keys and enum values.
/** Optimal string alignment distance: edits, with a swap of neighbours counting as one (`fial`). */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    return rows[a.length][b.length];
}
/**
 * The candidate closest to `word` (ignoring case), or undefined when none is close enough to be
 * a plausible typo: at most one edit per three characters, and at least one allowed.
 */
function closest(word, candidates) {
    if (word.length > 100)
        return undefined;
    const folded = word.toLowerCase();
    let best;
    let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(folded, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** ` Did you mean `X`?` or '' — to append to a message. */
function didYouMean(word, candidates) {
    const suggestion = closest(word, candidates);
    return suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
}

;// CONCATENATED MODULE: ./src/spec/validate.ts
// Schema validation with ajv, and the mapping of each ajv error to a diagnostic on its YAML node.






const DEFS = SPEC_SCHEMA.$defs;
/**
 * The $defs whose anyOf/oneOf failures get one tailored diagnostic instead of each branch's errors,
 * keyed by their JSON: the generated validator's errors carry copies of the schema, not SPEC_SCHEMA.
 */
const UNION_DEFS = new Map(['onFailed', 'states', 'integerOrVar', 'duration', 'node', 'task'].map((def) => [
    JSON.stringify(DEFS[def]),
    def
]));
// Where two unions fail at one value (on_failed contains duration), the outer one speaks.
const UNION_PRIORITY = ['onFailed', 'states', 'integerOrVar', 'duration', 'node', 'task'];
/** The keys of which a task has exactly one. */
const TASK_SOURCES = ['task_id', 'create', 'select'];
/** Unions whose branches differ only by `required`: they speak for those errors and claim nothing else. */
const KEY_UNIONS = new Set(['node', 'task']);
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'string') {
        const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
        // A quoted number or boolean reads like one: show the quotes that make it a string.
        return /^(-?[0-9.]+|true|false|null)$/.test(value)
            ? `the string \`"${shown}"\``
            : `\`${shown}\``;
    }
    return `\`${String(value)}\``;
}
const TYPE_NAMES = {
    object: 'a map',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: '`true` or `false`'
};
/** How to name the value at a path in a message: its key, or `tasks[2]` for a list item. */
function validate_nameOf(path) {
    if (path.length === 0)
        return 'The spec';
    const last = path[path.length - 1];
    if (/^\d+$/.test(last) && path.length > 1)
        return `\`${path[path.length - 2]}[${last}]\``;
    return `\`${last}\``;
}
function isUnder(path, prefix) {
    return path === prefix || path.startsWith(`${prefix}/`);
}
/** One diagnostic for a failed union (a value that matched none of its forms). */
function unionDiagnostics(def, error, locator, emit) {
    const path = splitPointer(error.instancePath);
    const name = validate_nameOf(path);
    const value = error.data;
    const at = (p = path) => locator.valueRange(p);
    switch (def) {
        case 'duration': {
            const why = typeof value === 'number' ? 'must not be negative' : `is ${describe(value)}`;
            const message = `${name} ${why}: use a number of seconds or a duration such as \`500ms\`, \`90s\`, \`15m\`, \`1h30m\`.`;
            emit(diagnostic('bad-duration', message, at()));
            return;
        }
        case 'integerOrVar': {
            const hint = typeof value === 'string' && /^\d+$/.test(value) ? ' Write the number without quotes.' : '';
            const message = `${name} is ${describe(value)}: it must be a positive whole number or \`\${VAR}\`.${hint}`;
            emit(diagnostic('bad-id', message, at()));
            return;
        }
        case 'onFailed': {
            if (typeof value === 'number') {
                const message = `${name} must not be negative: use \`fail\`, \`wait\` or a grace duration such as \`10m\`.`;
                emit(diagnostic('bad-duration', message, at()));
                return;
            }
            const code = typeof value === 'string' ? 'bad-enum' : 'bad-type';
            const suggestion = typeof value === 'string' ? didYouMean(value, ['fail', 'wait']) : '';
            const message = `${name} is ${describe(value)}: use \`fail\`, \`wait\` or a grace duration such as \`10m\`.${suggestion}`;
            emit(diagnostic(code, message, at()));
            return;
        }
        case 'states': {
            if (typeof value === 'string') {
                emit(stateDiagnostic(name, value, at()));
            }
            else if (Array.isArray(value) && value.length === 0) {
                emit(diagnostic('empty-list', `${name} is an empty list: give at least one state.`, at()));
            }
            else if (Array.isArray(value)) {
                value.forEach((item, index) => {
                    if (typeof item === 'string' && STATES.includes(item))
                        return;
                    const itemPath = [...path, String(index)];
                    if (typeof item === 'string')
                        emit(stateDiagnostic(name, item, at(itemPath)));
                    else {
                        const message = `${validate_nameOf(itemPath)} is ${describe(item)}: a state is a word such as \`FINISHED\`.`;
                        emit(diagnostic('bad-type', message, at(itemPath)));
                    }
                });
            }
            else {
                const message = `${name} is ${describe(value)}: give a state such as \`FINISHED\` or a list of states.`;
                emit(diagnostic('bad-type', message, at()));
            }
            return;
        }
        case 'node': {
            const both = error.params.passingSchemas;
            if (Array.isArray(both)) {
                const message = 'This node has both `id` and `name`: keep exactly one of them.';
                emit(diagnostic('id-and-name', message, locator.keyRange([...path, 'name'])));
            }
            else if (!hasTypoOf(value, ['id', 'name'], Object.keys(DEFS.node.properties))) {
                // A misspelt `name` is already reported as an unknown key with "did you mean".
                const message = 'This node has neither `id` nor `name`: give exactly one of them.';
                emit(diagnostic('missing-id-or-name', message, at()));
            }
            return;
        }
        case 'task': {
            // An entry that is not a map is reported as such (bad-type); it has no source to name.
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return;
            const present = TASK_SOURCES.filter((key) => value !== null && typeof value === 'object' && key in value);
            if (present.length > 1) {
                const message = `This task has ${present.map((k) => `\`${k}\``).join(' and ')}: keep exactly one of \`task_id\`, \`create\` or \`select\`.`;
                emit(diagnostic('task-source', message, locator.keyRange([...path, present[1]])));
            }
            else if (!hasTypoOf(value, TASK_SOURCES, Object.keys(DEFS.task.properties))) {
                const message = 'This task has no `task_id`: give its id, or `create:` to create it, or `select:` to find it.';
                emit(diagnostic('task-source', message, at()));
            }
            return;
        }
    }
}
/** Whether a map has an unknown key that looks like a misspelling of one of `wanted`. */
function hasTypoOf(value, wanted, known) {
    if (value === null || typeof value !== 'object')
        return false;
    return Object.keys(value).some((key) => !known.includes(key) && closest(key, wanted) !== undefined);
}
function stateDiagnostic(name, value, range) {
    const suggestion = didYouMean(value, STATES);
    const hint = suggestion || ` States are ${STATES.join(', ')}.`;
    return diagnostic('bad-enum', `${name}: ${describe(value)} is not a BKFlow state.${hint}`, range);
}
/** A diagnostic for an ajv error that no union claimed. */
function plainDiagnostic(error, locator) {
    const path = splitPointer(error.instancePath);
    const name = validate_nameOf(path);
    const value = error.data;
    switch (error.keyword) {
        case 'required': {
            const key = error.params.missingProperty;
            const where = path.length === 0 ? 'The spec' : name;
            return diagnostic('missing-key', `${where} needs \`${key}\`.`, locator.valueRange(path));
        }
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const known = Object.keys((error.parentSchema?.properties ?? {}));
            const suggestion = didYouMean(key, known);
            const hint = suggestion || ` Known keys here: ${known.join(', ')}.`;
            const message = `Unknown key \`${key}\`.${hint}`;
            return diagnostic('unknown-key', message, locator.keyRange([...path, key]));
        }
        case 'const':
            if (path.length === 1 && path[0] === 'version') {
                const message = `\`version\` is ${describe(value)}: this tool reads spec version 1; write \`version: 1\`.`;
                return diagnostic('bad-version', message, locator.valueRange(path));
            }
            break;
        case 'enum': {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : '';
            const list = allowed.map((v) => `\`${v}\``).join(', ');
            const message = `${name} is ${describe(value)}: use one of ${list}.${suggestion}`;
            return diagnostic('bad-enum', message, locator.valueRange(path));
        }
        case 'type': {
            const expected = String(error.params.type);
            if (path.length === 0) {
                const message = `The spec must be a map with \`version: 1\` and \`tasks\`, not ${describe(value)}.`;
                return diagnostic('bad-type', message, locator.valueRange(path));
            }
            const message = `${name} must be ${TYPE_NAMES[expected] ?? expected}, not ${describe(value)}.`;
            return diagnostic('bad-type', message, locator.valueRange(path));
        }
        case 'minItems':
            if (path.length === 1 && path[0] === 'tasks') {
                const message = '`tasks` is an empty list: list at least one task.';
                return diagnostic('empty-list', message, locator.valueRange(path));
            }
            return diagnostic('empty-list', `${name} must not be empty.`, locator.valueRange(path));
        case 'minimum':
        case 'maximum': {
            const limit = error.params.limit;
            const bound = error.keyword === 'minimum' ? `at least ${limit}` : `at most ${limit}`;
            const message = `${name} is ${describe(value)}: it must be ${bound}.`;
            return diagnostic('bad-value', message, locator.valueRange(path));
        }
        case 'minLength':
            return diagnostic('bad-value', `${name} must not be empty.`, locator.valueRange(path));
        case 'maxLength': {
            const limit = error.params.limit;
            const message = `${name} is too long: at most ${limit} characters.`;
            return diagnostic('bad-value', message, locator.valueRange(path));
        }
    }
    return diagnostic('bad-value', `${name} ${error.message ?? 'is invalid'}.`, locator.valueRange(path));
}
/**
 * Validates a plain value against the spec schema. Returns the value typed as RawSpec when it is
 * valid, and otherwise one diagnostic per problem, each on the YAML node it is about, and the
 * pruned spec (absent when nothing of it is usable).
 */
function validateShape(value, locator) {
    const validate = validateSpecSchema;
    if (validate(value))
        return { raw: value, diagnostics: [] };
    const errors = validate.errors ?? [];
    return { diagnostics: toDiagnostics(errors, locator), pruned: prune(value, errors) };
}
/** The value with every part an error is about taken out (list items become holes). */
function prune(value, errors) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const copy = structuredClone(value);
    const removed = new Set();
    for (const error of errors) {
        // A missing key has nothing to take out; an unknown key is taken out alone, not its map.
        if (error.keyword === 'required')
            continue;
        const path = splitPointer(error.instancePath);
        if (error.keyword === 'additionalProperties') {
            path.push(error.params.additionalProperty);
        }
        if (path.length === 0)
            return undefined;
        removeAt(copy, path);
        removed.add(JSON.stringify(path));
    }
    const tasks = copy.tasks;
    return {
        defaults: copy.defaults,
        tasks: Array.isArray(tasks) ? tasks : undefined,
        // Invalid when the value or one of its ancestors was taken out.
        invalid: (path) => path.some((_, i) => removed.has(JSON.stringify(path.slice(0, i + 1).map(String))))
    };
}
/** Takes out the value at `path`, own properties only (a key such as `__proto__` stays data). */
function removeAt(root, path) {
    let parent = root;
    for (const segment of path.slice(0, -1)) {
        if (!hasOwn(parent, segment))
            return;
        parent = parent[segment];
    }
    const last = path[path.length - 1];
    if (!hasOwn(parent, last))
        return;
    if (Array.isArray(parent))
        parent[Number(last)] = undefined;
    else
        delete parent[last];
}
function hasOwn(value, key) {
    return value !== null && typeof value === 'object' && Object.hasOwn(value, key);
}
/** One diagnostic per problem: a failed union speaks for every error at or under its value. */
function toDiagnostics(errors, locator) {
    const diagnostics = [];
    const emit = (d) => diagnostics.push(d);
    // Failed unions first: each claims every error at or under its value.
    const unions = errors
        .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
        .map((e) => ({ error: e, def: UNION_DEFS.get(JSON.stringify(e.parentSchema)) }))
        .filter((u) => u.def !== undefined)
        .sort((a, b) => UNION_PRIORITY.indexOf(a.def) - UNION_PRIORITY.indexOf(b.def));
    const claimed = [];
    for (const { error, def } of unions) {
        if (KEY_UNIONS.has(def)) {
            unionDiagnostics(def, error, locator, emit);
            continue;
        }
        if (claimed.some((prefix) => isUnder(error.instancePath, prefix)))
            continue;
        claimed.push(error.instancePath);
        unionDiagnostics(def, error, locator, emit);
    }
    // A node's oneOf branches report `required` errors at the node itself: the union spoke for them.
    const nodeUnions = new Set(unions.filter((u) => KEY_UNIONS.has(u.def)).map((u) => u.error.instancePath));
    for (const error of errors) {
        if (error.keyword === 'anyOf' || error.keyword === 'oneOf')
            continue;
        if (claimed.some((prefix) => isUnder(error.instancePath, prefix)))
            continue;
        if (error.keyword === 'required' && nodeUnions.has(error.instancePath))
            continue;
        diagnostics.push(plainDiagnostic(error, locator));
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./src/spec/parse.ts
// parseSpec: YAML text in, the normalized spec and its diagnostics out. Never throws.






function parseUnsafe(text, file, options) {
    const { loaded, diagnostics } = loadYaml(text, file);
    if (!loaded)
        return { spec: undefined, diagnostics };
    const shape = validateShape(loaded.value, loaded.locator);
    const normalizeOptions = {
        vars: options.vars ?? {},
        env: options.env ?? {},
        settings: options.settings,
        defaults: options.defaults ?? {},
        overrides: options.overrides
    };
    if (!shape.raw) {
        // The checks the schema cannot express still run on the valid parts: one pass, every problem.
        const rest = shape.pruned
            ? normalizeSpec(shape.pruned, loaded.locator, normalizeOptions).diagnostics
            : [];
        return { spec: undefined, diagnostics: [...diagnostics, ...shape.diagnostics, ...rest] };
    }
    const normalized = normalizeSpec(shape.raw, loaded.locator, normalizeOptions);
    if (normalized.diagnostics.length > 0 || diagnostics.some((d) => d.severity === 'error')) {
        return { spec: undefined, diagnostics: [...diagnostics, ...normalized.diagnostics] };
    }
    const shard = options.shard;
    const tasks = shard
        ? normalized.tasks.filter((task) => shardOf(task.key, shard.count) === shard.index)
        : normalized.tasks;
    const spec = {
        version: 1,
        file,
        tasks,
        skippedByShard: normalized.tasks.length - tasks.length
    };
    // What is left are warnings (yaml's): they do not stop the spec.
    return { spec, diagnostics };
}
/**
 * Parses, validates and normalizes a spec. `spec` is undefined iff a diagnostic is an error;
 * diagnostics come sorted by position, each on the YAML node it is about.
 */
function parseSpec(text, file, options = {}) {
    try {
        const result = parseUnsafe(text, file, options);
        return { spec: result.spec, diagnostics: sortDiagnostics(result.diagnostics) };
    }
    catch (error) {
        // A bug, not a user error: say so, without the input (it may hold anything).
        const detail = error instanceof Error ? error.name : 'unknown error';
        const message = `The spec parser failed (${detail}); please report this as a bug.`;
        return { spec: undefined, diagnostics: [diagnostic('internal-error', message, startOf(file))] };
    }
}

;// CONCATENATED MODULE: ./src/spec/index.ts
// The spec language: parse, validate and normalize a spec file, with precise diagnostics.








;// CONCATENATED MODULE: ./src/spec-file.ts
// Reading and parsing a spec file, for the action and the CLI alike: the file is refused over the
// size limit before it is read, and every way it can fail to load is one line to show the user.


/**
 * Reads `path` and parses it as `shown` (the name diagnostics carry, e.g. workspace-relative).
 * Returns `{ error }` when the file cannot be read at all.
 */
async function loadSpecFile(path, options, shown = path) {
    try {
        const info = await (0,promises_namespaceObject.stat)(path);
        if (!info.isFile())
            return { error: `${shown} is not a file` };
        if (info.size > MAX_SPEC_BYTES) {
            return { text: '', spec: undefined, diagnostics: [tooLargeDiagnostic(shown, info.size)] };
        }
        const text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
        // A binary file (an image, an archive, a compiled file) would be echoed back line by line.
        if (text.includes('\0'))
            return { error: `${shown} is not a text file (it holds NUL bytes)` };
        return { text, ...parseSpec(text, shown, options) };
    }
    catch (error) {
        const code = error instanceof Error && 'code' in error ? String(error.code) : '';
        if (code === 'ENOENT')
            return { error: `${shown}: no such file` };
        if (code === 'EACCES')
            return { error: `${shown}: permission denied` };
        return { error: `${shown}: cannot be read (${code || 'unknown error'})` };
    }
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/sleep.ts
// The one real sleep: every wait of the gate goes through it (or a test's virtual clock).

/**
 * Node's timers hold at most 2^31-1 ms (about 24.8 days); a longer one fires after 1 ms with a
 * TimeoutOverflowWarning, which turns a huge server-requested wait into a busy loop.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** `ms` as a timer can hold it: NaN and negatives become 0, anything too long the longest timer. */
function clampTimer(ms) {
    if (!(ms > 0))
        return 0;
    return Math.min(Math.ceil(ms), MAX_TIMER_MS);
}
/**
 * Waits `ms` (clamped) or until `signal` aborts, rejecting then. Callers wait against a deadline
 * and check the clock when they wake, so a clamped wait only means one more look.
 */
async function sleep(ms, signal) {
    await (0,external_node_timers_promises_namespaceObject.setTimeout)(clampTimer(ms), undefined, { signal });
}

;// CONCATENATED MODULE: ./src/poll/auto-retry.ts
// BKFlow's own retries of a failed node (bkflow-api-2.md §6), as a pure policy: a FAILED node
// whose activity has `auto_retry` and retries left will run again within `interval` seconds, so
// its failure is not final yet. A forced fail by `timeout_config` is the same case.

/** Added to BKFlow's interval: the retry job goes through Celery, whose latency the code cannot bound. */
const RETRY_MARGIN_MS = 15_000;
/** What the gate assumes when it cannot read a node's settings (no space_id): BKFlow's caps. */
const UNKNOWN_POLICY = { times: 10, intervalSec: 10 };
/**
 * The FAILED nodes of a tree, id → sighting. A node still FAILED at the same version keeps its
 * first sighting, so the wait for its retry is measured from when the failure was first seen.
 */
function trackFailures(tree, previous, now) {
    const sightings = new Map();
    // A plain walk, not an index: this runs on every tree read, and trees can be large.
    const stack = childrenOf(tree).slice();
    // A node object met twice is walked once, so even a malformed cyclic input ends.
    const seen = new Set([tree]);
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (!isNode(node) || seen.has(node))
            continue;
        seen.add(node);
        const children = childrenOf(node);
        // A legacy SubProcess reads FAILED when a node inside it failed: only leaves are retried.
        if (children.length > 0) {
            // One at a time: a spread of 100,000 children would overflow the argument limit.
            for (const child of children)
                stack.push(child);
            continue;
        }
        if (stateOf(node) !== 'FAILED' || typeof node.id !== 'string' || node.id === '')
            continue;
        const before = previous.get(node.id);
        // The same attempt: same version and retry count (a payload without versions still counts).
        const same = before !== undefined && before.version === node.version && before.retry === node.retry;
        sightings.set(node.id, same ? before : { version: node.version, retry: node.retry, at: now });
    }
    return sightings;
}
/**
 * Until when BKFlow may still recover this failed attempt on its own (epoch ms), or null when the
 * failure is final. An auto-retry with retries left (`retry` below `min(times, 10)`) comes within
 * `min(interval, 10)` s; a timeout with `forced_fail_and_skip` skips the node at once (the FAILED
 * is only a glimpse). Either way the margin covers BKFlow's queue latency.
 */
function retryWindowEnd(sighting, policy) {
    const ends = [];
    const auto = policy.autoRetry;
    if (auto && Number.isFinite(sighting.retry) && sighting.retry < Math.min(auto.times, 10)) {
        ends.push(sighting.at + Math.min(auto.intervalSec, 10) * 1000 + RETRY_MARGIN_MS);
    }
    if (policy.skipsOnTimeout)
        ends.push(sighting.at + RETRY_MARGIN_MS);
    return ends.length === 0 ? null : Math.max(...ends);
}
/**
 * The failed node whose retry the gate must still wait for (the one whose window ends last), or
 * null when every failure is final. Without names (no space_id to read the settings) every
 * FAILED node is given BKFlow's longest window once.
 */
function awaitedRetry(sightings, names, now) {
    let awaited = null;
    for (const [nodeId, sighting] of sightings) {
        const policy = names === undefined ? { autoRetry: UNKNOWN_POLICY } : (names.get(nodeId) ?? {});
        const until = retryWindowEnd(sighting, policy);
        if (until === null || until <= now)
            continue;
        if (awaited === null || until > awaited.until)
            awaited = { nodeId, until };
    }
    return awaited;
}

;// CONCATENATED MODULE: ./src/poll/children.ts
// Subprocess children (bkflow-api-2.md §7): a subprocess node runs a separate task, whose id is
// the node's `task_id` output. For a node entry with its own `nodes:`, read the child's id, its
// detail (its space, names, template ids) and its tree, and check the nested expectations there;
// children of children likewise.

/** Deeper than any real nesting of templates; a cycle in hostile data stops here. */
const MAX_DEPTH = 8;
/** The output that names the child task (subprocess_plugin's declared output). */
const CHILD_ID_OUTPUT = { name: '任务ID', key: 'task_id' };
/**
 * The child task id among a subprocess node's outputs: the entry named `任务ID` (BKFlow keeps the
 * name when the template renames the key), else the entry keyed `task_id`. Undefined when there
 * is none yet or it is not a positive integer.
 */
function childTaskId(outputs) {
    const entry = outputs.find((o) => o.name === CHILD_ID_OUTPUT.name) ??
        outputs.find((o) => o.key === CHILD_ID_OUTPUT.key);
    const value = entry?.value;
    const id = typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
            ? Number(value)
            : NaN;
    return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
/**
 * The comparisons of every subprocess child that `task`'s expectations reach into (at any
 * depth), or undefined when a read failed in a way the caller handles (look again later).
 */
async function checkSubprocesses(task, tree, names, reads, path, depth = 0) {
    const results = [];
    for (const target of subprocessTargets(task, tree, names, path)) {
        const result = await checkChild(task, target, names, reads, depth);
        if (result === undefined)
            return undefined;
        results.push(result);
    }
    return results;
}
function unchecked(target, why) {
    return { verdict: 'error', findings: [uncheckedSubprocess(target, why)], rows: [] };
}
function isUnreadable(value) {
    return typeof value === 'object' && value !== null && 'unreadable' in value;
}
async function checkChild(task, target, names, reads, depth) {
    const spaceId = task.spaceId;
    if (spaceId === undefined) {
        return unchecked(target, 'following a subprocess needs the task to have a space_id');
    }
    if (depth >= MAX_DEPTH) {
        return unchecked(target, `subprocesses nest more than ${MAX_DEPTH} levels deep`);
    }
    const component = names?.get(target.nodeId)?.component;
    if (component !== undefined && component !== 'subprocess_plugin') {
        return unchecked(target, `it is a ${component} node, not a subprocess`);
    }
    const detail = await reads.nodeDetail({ taskId: task.taskId, spaceId }, target.nodeId);
    if (detail === undefined)
        return undefined;
    if (isUnreadable(detail))
        return unchecked(target, detail.unreadable);
    const childId = childTaskId(detail.outputs);
    if (childId === undefined) {
        return unchecked(target, 'BKFlow reports no child task for it (no task_id output)');
    }
    // The child lives in its template's space: its detail says which (any space of the app reads it).
    const childDetail = await reads.taskDetail({ taskId: childId, spaceId });
    if (childDetail === undefined)
        return undefined;
    if (isUnreadable(childDetail))
        return unchecked(target, childDetail.unreadable);
    const childSpace = childDetail.spaceId ?? spaceId;
    const childTree = await reads.tree({ taskId: childId, spaceId: childSpace });
    if (childTree === undefined)
        return undefined;
    if (isUnreadable(childTree))
        return unchecked(target, childTree.unreadable);
    const childTask = subprocessTask(task, target.expectation, childId, childSpace);
    const own = compare(childTask, childTree, childDetail.names, {
        path: target.path,
        taskState: false
    });
    const deeper = await checkSubprocesses(childTask, childTree, childDetail.names, reads, target.path, depth + 1);
    return deeper === undefined ? undefined : mergeComparisons(own, deeper);
}

;// CONCATENATED MODULE: ./src/poll/decide.ts

/**
 * Decides from a root state alone, so that trees are fetched only when they can decide.
 * `failedSince` is when FAILED was first seen without a change since (null when the state is not FAILED).
 */
function decide(task, state, failedSince, now) {
    if (TERMINAL_STATES.has(state))
        return { kind: 'settle' };
    const expected = task.states.includes(state);
    if (state === 'FAILED') {
        // FAILED is derived and not final in BKFlow (an operator may retry or skip), hence the policy.
        const policy = task.onFailed;
        if (policy === 'fail')
            return { kind: 'settle' };
        if (policy !== 'wait') {
            const since = failedSince ?? now;
            if (now - since >= policy.graceMs)
                return { kind: 'settle' };
            return expected ? { kind: 'try' } : { kind: 'wait', wakeAt: since + policy.graceMs };
        }
    }
    return expected ? { kind: 'try' } : { kind: 'wait' };
}

;// CONCATENATED MODULE: ./src/poll/failure.ts
/**
 * Narrows a thrown value by its shape rather than its class, so any StateSource may throw
 * BkflowError-like errors. Anything else is a permanent `unexpected` failure: fail closed.
 */
function toClientFailure(error) {
    if (error instanceof Error) {
        const { kind, retryable } = error;
        if (typeof kind === 'string') {
            return { kind, retryable: retryable === true, message: error.message };
        }
        return { kind: 'unexpected', retryable: false, message: `unexpected error: ${error.message}` };
    }
    return { kind: 'unexpected', retryable: false, message: `unexpected error: ${String(error)}` };
}

;// CONCATENATED MODULE: ./src/poll/outcome.ts


function newTracker(task, startedAt) {
    return {
        task,
        startedAt,
        deadline: startedAt + task.timeoutMs,
        nextPollAt: startedAt,
        state: null,
        stateSince: null,
        tree: null,
        failures: new Map(),
        announced: new Set(),
        lastError: null,
        requests: 0,
        result: null
    };
}
function expectedStates(task) {
    return task.states.join(' | ');
}
function taskFinding(tr, kind, actual, message) {
    return {
        kind,
        target: 'task',
        expected: expectedStates(tr.task),
        actual,
        message,
        range: tr.task.range
    };
}
/** `12:00:05 UTC`: runners log in UTC, so a reader can line it up with the job's timestamps. */
function timeOfDay(ms) {
    return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}
function base(tr, settledAt) {
    return {
        task: tr.task,
        state: tr.state,
        stateSince: tr.stateSince,
        tree: tr.tree ? summarizeTree(tr.tree) : null,
        startedAt: tr.startedAt,
        settledAt,
        requests: tr.requests
    };
}
function failReason(findings) {
    if (findings.length === 0)
        return 'no finding';
    const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
    return `${findings[0].message}${more}`;
}
/** A task judged on a real tree: the comparison's verdict, findings and rows. */
function comparedResult(tr, comparison, at) {
    const reason = comparison.verdict === 'pass'
        ? `${tr.state ?? 'state'} as expected, every expectation met`
        : failReason(comparison.findings);
    return {
        ...base(tr, at),
        verdict: comparison.verdict,
        reason,
        findings: comparison.findings,
        rows: comparison.rows,
        cancelled: false
    };
}
/** A task that could not be checked; `message` says what to fix and never holds a secret. */
function errorResult(tr, error, at) {
    return {
        ...base(tr, at),
        verdict: 'error',
        reason: error.message,
        findings: [taskFinding(tr, 'error', error.kind, error.message)],
        rows: [],
        error: { kind: error.kind, message: error.message },
        cancelled: false
    };
}
/**
 * Mode check: one look found the task unsettled and not in an expected state, or (`why`) not
 * settled for another reason such as a failure BKFlow is about to retry; nodes are not judged.
 */
function unsettledResult(tr, at, why = 'not settled') {
    const actual = tr.state ?? 'unknown';
    const message = `task ${tr.task.taskId} is ${actual}, expected ${expectedStates(tr.task)} (${why}; nodes not judged)`;
    return {
        ...base(tr, at),
        verdict: 'fail',
        reason: message,
        findings: [taskFinding(tr, 'state', actual, message)],
        rows: [],
        cancelled: false
    };
}
/** The task's own timeout ran out before it settled: the last state seen and since when. */
function timedOutResult(tr) {
    const after = duration_formatDuration(tr.task.timeoutMs);
    const message = tr.state === null
        ? `state never read after ${after}`
        : `still ${tr.state} after ${after} (since ${timeOfDay(tr.stateSince ?? tr.startedAt)})`;
    return pendingResult(tr, message, false);
}
/**
 * The task's deadline ended the next look before it could happen (a wait the gateway asked for,
 * or the rate budget, reaches past it; a request was cut): pending with the last state seen.
 */
function deadlineResult(tr, why) {
    const since = timeOfDay(tr.stateSince ?? tr.startedAt);
    const reason = why.charAt(0).toLowerCase() + why.slice(1);
    return pendingResult(tr, `still ${tr.state ?? 'unknown'} (since ${since}): ${reason}`, false);
}
/** The run was cancelled before this task settled: pending, never pass. */
function cancelledResult(tr) {
    return pendingResult(tr, 'cancelled before it settled', true);
}
function pendingResult(tr, message, cancelled) {
    return {
        ...base(tr, null),
        verdict: 'pending',
        reason: message,
        findings: [taskFinding(tr, 'pending', tr.state ?? 'unknown', message)],
        rows: [],
        cancelled
    };
}
/** `task 101 (deploy-prod)` for log lines. */
function taskName(tr) {
    const { taskId, label } = tr.task;
    return label ? `task ${taskId} (${label})` : `task ${taskId}`;
}

;// CONCATENATED MODULE: ./src/poll/task-reads.ts
// A task's reads beyond the batch: its tree (the app-bound endpoint's 404 confirmed first), its
// detail (names, template node ids, auto-retry settings) and its subprocess children. Each is
// counted for the task; a failure goes to the run's handler (look again later, or settle).





function ref(tr) {
    const { taskId, spaceId } = tr.task;
    return spaceId === undefined ? { taskId } : { taskId, spaceId };
}
function callOptions(tr, run) {
    return { deadline: tr.deadline, signal: run.options.signal };
}
/** A per-task request: counted for the task; a failure is handled here (undefined then). */
async function request(tr, run, at, send) {
    tr.requests += 1;
    try {
        const value = await send();
        tr.lastError = null;
        return value;
    }
    catch (error) {
        if (run.options.signal?.aborted)
            return undefined;
        run.fail(tr, toClientFailure(error), at);
        return undefined;
    }
}
function readTree(tr, run, at) {
    if (tr.task.spaceId === undefined)
        return readByApp(tr, run, at);
    return request(tr, run, at, () => run.options.client.getTaskStates(ref(tr), callOptions(tr, run)));
}
/** How many times, and how far apart, a by-app 404 is asked again before it is believed. */
const NOT_FOUND_TRIES = 4;
const NOT_FOUND_STEP_MS = 3_500;
/**
 * The app-bound tree. Its 404 "任务不存在" also comes from any failure of BKFlow's task module
 * behind it (bkflow-api.md A2), so it is asked again a few times over more than 10 s (never past
 * the task's deadline) before the task is reported not found, with a message that says so.
 */
async function readByApp(tr, run, at) {
    const { client, now, sleep, signal } = run.options;
    const first = now();
    for (let tries = 1;; tries++) {
        tr.requests += 1;
        try {
            const tree = await client.getTaskStates(ref(tr), callOptions(tr, run));
            tr.lastError = null;
            return tree;
        }
        catch (error) {
            if (signal?.aborted)
                return undefined;
            const failure = toClientFailure(error);
            if (failure.kind !== 'task_not_found') {
                run.fail(tr, failure, at);
                return undefined;
            }
            if (tries < NOT_FOUND_TRIES && now() + NOT_FOUND_STEP_MS < tr.deadline) {
                try {
                    await sleep(NOT_FOUND_STEP_MS, signal);
                }
                catch {
                    return undefined;
                }
                continue;
            }
            const over = duration_formatDuration(now() - first);
            const message = `${failure.message} (asked ${text_plural(tries, 'time')} over ${over}: BKFlow's app-bound endpoint also answers 404 when its task module fails, so this may be an outage; if the task exists, run again later or give it a space_id)`;
            run.fail(tr, { ...failure, message }, at);
            return undefined;
        }
    }
}
/** The reads of subprocess children, as per-task requests of this task. */
function childReads(tr, run, at) {
    const { client } = run.options;
    const call = callOptions(tr, run);
    return {
        nodeDetail: (task, nodeId) => readChild(tr, run, at, () => client.getTaskNodeDetail(task, nodeId, call, { componentCode: 'subprocess_plugin' })),
        taskDetail: (task) => readChild(tr, run, at, () => client.getTaskDetail(task, call)),
        tree: (task) => readChild(tr, run, at, () => client.getTaskStates(task, call))
    };
}
/**
 * A read for a subprocess child: a permanent failure makes only that subprocess unreadable (its
 * nested expectations an `error` finding); a retryable one is handled as for the task itself.
 */
async function readChild(tr, run, at, send) {
    tr.requests += 1;
    try {
        return await send();
    }
    catch (error) {
        if (run.options.signal?.aborted)
            return undefined;
        const failure = toClientFailure(error);
        if (!failure.retryable)
            return { unreadable: failure.message };
        run.fail(tr, failure, at);
        return undefined;
    }
}
/**
 * The pipeline tree costs a request: fetched once per task, and only when something needs it: a
 * node given by name, an id that is not a runtime id of the tree (a template node id), or a
 * FAILED node (its auto-retry settings). When only the settings need it and BKFlow refuses it for
 * good (no permission for get_task_detail), the gate goes on without them (BKFlow's caps assumed).
 */
async function loadNames(tr, run, at, tree) {
    const { taskId, spaceId } = tr.task;
    if (tr.names)
        return { ok: true, names: tr.names };
    const need = detailNeed(tr, tree);
    // Without a space there is no detail endpoint; compare reports the names as not loaded.
    if (spaceId === undefined || need === 'none' || tr.detailRefused)
        return { ok: true };
    tr.requests += 1;
    try {
        const detail = await run.options.client.getTaskDetail({ taskId, spaceId }, callOptions(tr, run));
        tr.lastError = null;
        tr.names = detail.names;
        return { ok: true, names: detail.names };
    }
    catch (error) {
        if (run.options.signal?.aborted)
            return { ok: false };
        const failure = toClientFailure(error);
        if (need === 'settings' && !failure.retryable) {
            tr.detailRefused = true;
            run.emit({
                type: 'notice',
                at,
                message: `${taskName(tr)}: the task detail could not be read (${failure.message}); auto-retry settings unknown, BKFlow's caps assumed`
            });
            return { ok: true };
        }
        run.fail(tr, failure, at);
        return { ok: false };
    }
}
/** What the task detail is needed for: nothing, only auto-retry settings, or matching nodes. */
function detailNeed(tr, tree) {
    if (usesNames(tr.task.nodes))
        return 'nodes';
    const ids = tr.task.nodes.flatMap((node) => (node.id === undefined ? [] : [node.id]));
    if (ids.length > 0) {
        const { byId } = indexTree(tree);
        if (ids.some((id) => !byId.has(id)))
            return 'nodes';
    }
    return tr.failures.size > 0 ? 'settings' : 'none';
}
function usesNames(nodes) {
    return nodes.some((n) => n.name !== undefined || usesNames(n.subprocess?.nodes ?? []));
}

;// CONCATENATED MODULE: ./src/poll/scheduler.ts








/**
 * How many task lanes (a task's tree, detail and compare) run at once. A task holds its tree while
 * its detail is read, and the client sends requests in the order they come: unbounded, 1,000
 * tasks all read their trees before any detail, every tree is alive at once, and V8 lets the heap
 * grow to several times that (about 300 MB peak for 1,000 tasks × 100 nodes with names; about
 * 160–200 MB with 16 lanes, measured). The rate limit, not the lanes, bounds the pace: 16 lanes at
 * 200 ms a request are 80 requests a second, the gateway's whole quota.
 */
const TASK_LANES = 16;
/**
 * Polls every task of the spec until it settles (mode `wait`) or looks once (mode `check`), and
 * returns the one result model every report reads. Never throws for BKFlow failures: a task that
 * cannot be read ends as `error`, one that does not settle in time as `pending`, never as `pass`.
 */
async function pollTasks(spec, options) {
    const { client, now, signal } = options;
    const run = {
        options,
        emit: options.onEvent ?? (() => { }),
        fail: (tr, failure, at) => fail(tr, failure, run, at),
        refusedSpaces: new Set(),
        taskSlots: { free: TASK_LANES, waiting: [] },
        lanes: new Set(),
        busy: new Map()
    };
    const countsAtStart = { ...client.counts };
    const startedAt = now();
    const trackers = spec.tasks.map((task) => newTracker(task, startedAt));
    // Lanes, not rounds: a request that keeps failing (each is retried up to its task's deadline)
    // holds only its own lane, never the tasks of other spaces or the rest of its own space.
    const idle = () => scheduler_open(trackers).filter((tr) => !run.busy.has(tr));
    for (let first = true; !signal?.aborted; first = false) {
        const at = now();
        // The first look always happens, even at a zero timeout; later ones end what ran out of time.
        if (!first)
            for (const tr of idle())
                if (tr.deadline <= at)
                    expire(tr, run, at);
        startLanes(idle().filter((tr) => tr.nextPollAt <= at), run, at);
        if (options.mode === 'check') {
            await drain(run);
            for (const tr of scheduler_open(trackers))
                settle(tr, unsettledResult(tr, now()), run);
            break;
        }
        if (scheduler_open(trackers).length === 0)
            break;
        // Deadlines come from the clock: wake for the next look or deadline, or when a lane ends.
        const wakeAt = idle().reduce((min, tr) => Math.min(min, tr.nextPollAt, tr.deadline), Number.POSITIVE_INFINITY);
        await nextWake(wakeAt - now(), run.lanes, options.sleep, signal);
    }
    // An abort cancels the lanes' requests; let them finish so no task changes after the result.
    await drain(run);
    // Only an abort leaves tasks open: wait mode loops until each settles, check mode settles all.
    const cancelled = scheduler_open(trackers).length > 0;
    const tasks = trackers.map((tr) => tr.result ?? cancelledResult(tr));
    const byEndpoint = {};
    for (const endpoint of ENDPOINTS) {
        byEndpoint[endpoint] = (client.counts[endpoint] ?? 0) - (countsAtStart[endpoint] ?? 0);
    }
    return {
        specFile: spec.file,
        mode: options.mode,
        result: overallResult(tasks, cancelled),
        startedAt,
        finishedAt: now(),
        cancelled,
        tasks,
        requests: {
            total: ENDPOINTS.reduce((sum, endpoint) => sum + byEndpoint[endpoint], 0),
            byEndpoint
        },
        skippedByShard: spec.skippedByShard
    };
}
/**
 * Waits `ms` (on the injected clock) or until a lane ends, whichever is first; returns at once on
 * abort. With no lane running, only the sleep can wake it.
 */
async function nextWake(ms, lanes, sleep, signal) {
    if (ms <= 0 || signal?.aborted)
        return;
    if (lanes.size === 0 && !Number.isFinite(ms))
        return;
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal?.addEventListener('abort', onAbort);
    const timer = Number.isFinite(ms)
        ? sleep(ms, stop.signal).catch(() => undefined)
        : new Promise(() => { });
    try {
        await Promise.race([timer, ...lanes]);
    }
    finally {
        stop.abort();
        signal?.removeEventListener('abort', onAbort);
    }
}
function scheduler_open(trackers) {
    return trackers.filter((tr) => tr.result === null);
}
/** One look at every due task: a lane per space (one batch request) and per task without one. */
function startLanes(due, run, at) {
    const bySpace = new Map();
    for (const tr of due) {
        const spaceId = tr.task.spaceId;
        if (spaceId === undefined || run.refusedSpaces.has(spaceId)) {
            startTaskLane(run, tr, () => lookAlone(tr, run, at));
        }
        else {
            const group = bySpace.get(spaceId);
            if (group)
                group.push(tr);
            else
                bySpace.set(spaceId, [tr]);
        }
    }
    for (const [spaceId, group] of bySpace) {
        startLane(run, group, () => pollSpace(spaceId, group, run, at));
    }
}
/** Runs `work` as a lane that keeps `trackers` busy until it ends. */
function startLane(run, trackers, work) {
    for (const tr of trackers)
        run.busy.set(tr, (run.busy.get(tr) ?? 0) + 1);
    const lane = work().finally(() => {
        for (const tr of trackers) {
            const n = (run.busy.get(tr) ?? 1) - 1;
            if (n > 0)
                run.busy.set(tr, n);
            else
                run.busy.delete(tr);
        }
        run.lanes.delete(lane);
    });
    run.lanes.add(lane);
}
/** Runs `work` as a lane of task `tr` once a task slot is free (see TASK_LANES). */
function startTaskLane(run, tr, work) {
    startLane(run, [tr], async () => {
        const slots = run.taskSlots;
        if (slots.free > 0)
            slots.free--;
        else
            await new Promise((resolve) => slots.waiting.push(resolve));
        try {
            await work();
        }
        finally {
            // The slot passes to the next waiting lane, or back to the pool.
            const next = slots.waiting.shift();
            if (next)
                next();
            else
                slots.free++;
        }
    });
}
/** Waits until no lane runs (a lane may start others, e.g. a batch its tasks' tree reads). */
async function drain(run) {
    while (run.lanes.size > 0)
        await Promise.all([...run.lanes]);
}
async function pollSpace(spaceId, group, run, at) {
    const { client, signal } = run.options;
    // One request serves the whole group; retrying it past the earliest deadline would starve that task.
    const deadline = group.reduce((min, tr) => Math.min(min, tr.deadline), Number.POSITIVE_INFINITY);
    let states;
    try {
        // A spec may list one task twice (two sets of expectations): ask for it once.
        const taskIds = [...new Set(group.map((tr) => tr.task.taskId))];
        states = await client.getTasksStates(spaceId, taskIds, { deadline, signal });
    }
    catch (error) {
        if (signal?.aborted)
            return;
        const failure = toClientFailure(error);
        if (failure.kind === 'permission') {
            // The batch needs its own resource permission; the per-task endpoint may still be allowed.
            run.refusedSpaces.add(spaceId);
            run.emit({
                type: 'notice',
                at: run.options.now(),
                spaceId,
                message: `the batch state endpoint was refused for space ${spaceId} (${failure.message}); polling its ${group.length} task(s) one by one`
            });
            for (const tr of group)
                startTaskLane(run, tr, () => lookAlone(tr, run, at));
            return;
        }
        for (const tr of group)
            fail(tr, failure, run, at);
        return;
    }
    for (const tr of group) {
        const taskId = tr.task.taskId;
        // Each task goes on in its own lane: one slow or failing tree read holds no other task.
        if (!states.has(taskId)) {
            // BKFlow silently omits unknown, deleted and other-space ids: one single read says which.
            startTaskLane(run, tr, () => lookAlone(tr, run, at));
            continue;
        }
        const state = states.get(taskId) ?? null;
        if (state !== null)
            startTaskLane(run, tr, () => advance(tr, state, null, run, at));
        // A null state is BKFlow's own query of that task failing (or a chunk that could not be
        // read): the task's own endpoint says what it is, or fails with BKFlow's message (`error`).
        else
            startTaskLane(run, tr, () => lookAlone(tr, run, at));
    }
}
/** Reads a task's tree through its own endpoint (space-scoped or app-bound) and decides from it. */
async function lookAlone(tr, run, at) {
    const tree = await readTree(tr, run, at);
    if (tree)
        await advance(tr, tree.state, tree, run, at);
}
/**
 * Moves a task on from a root state (and its tree when one was already read): decide, fetch the
 * tree only if it can decide, compare, then settle or schedule the next look.
 */
async function advance(tr, state, knownTree, run, at) {
    observe(tr, state, run, at);
    let decision = decide(tr.task, state, failedSince(tr), at);
    if (decision.kind === 'wait')
        return schedule(tr, decision, at);
    let tree = knownTree ?? (state === 'EXPIRED' ? bareTree('EXPIRED') : null);
    if (tree === null) {
        const read = await readTree(tr, run, at);
        if (!read)
            return;
        tree = read;
        // The tree is newer than the batch: decide again from its own root state.
        observe(tr, tree.state, run, at);
        decision = decide(tr.task, tree.state, failedSince(tr), at);
        if (decision.kind === 'wait') {
            tr.tree = tree;
            return schedule(tr, decision, at);
        }
    }
    tr.tree = tree;
    tr.failures = trackFailures(tree, tr.failures, at);
    const names = await loadNames(tr, run, at, tree);
    if (!names.ok)
        return;
    // A failure BKFlow is about to retry on its own is not final, whatever on_failed says.
    const awaited = awaitedRetry(tr.failures, names.names, at);
    if (awaited)
        return awaitRetry(tr, awaited, run, at);
    const own = compare(tr.task, tree, names.names);
    const children = await checkSubprocesses(tr.task, tree, names.names, childReads(tr, run, at));
    if (!children)
        return;
    const comparison = mergeComparisons(own, children);
    // An `error` comparison comes from names that cannot be resolved; the pipeline tree does not
    // change while the task runs, so waiting would only hide it behind a timeout.
    const final = decision.kind === 'settle' || comparison.verdict !== 'fail' || run.options.mode === 'check';
    if (final) {
        settle(tr, comparedResult(tr, comparison, run.options.now()), run);
    }
    else {
        schedule(tr, decision, at);
    }
}
/**
 * Holds a task whose failed node BKFlow will retry (auto_retry, bkflow-api-2.md §6): looked at
 * again when the retry is due, settled only once the failure is final. Check mode has no later
 * look: the task is reported unsettled.
 */
function awaitRetry(tr, awaited, run, at) {
    const sighting = tr.failures.get(awaited.nodeId);
    const key = `${awaited.nodeId}@${sighting?.version ?? ''}`;
    const node = labels_nodeLabel(awaited.nodeId, tr.names?.get(awaited.nodeId)?.name);
    if (run.options.mode === 'check') {
        const why = `${node} FAILED and BKFlow will retry it on its own`;
        settle(tr, unsettledResult(tr, run.options.now(), why), run);
        return;
    }
    if (!tr.announced.has(key)) {
        tr.announced.add(key);
        const settings = tr.names
            ? 'auto_retry'
            : `auto_retry settings unknown${tr.task.spaceId === undefined ? ' without a space_id' : ''}`;
        run.emit({
            type: 'notice',
            at,
            message: `${taskName(tr)}: ${node} FAILED; BKFlow may retry it on its own (${settings}): the failure counts only if it is still FAILED at ${timeOfDay(awaited.until)}`
        });
    }
    tr.nextPollAt = Math.min(at + tr.task.intervalMs, awaited.until);
}
function failedSince(tr) {
    return tr.state === 'FAILED' ? tr.stateSince : null;
}
function observe(tr, state, run, at) {
    if (tr.state === state)
        return;
    run.emit({
        type: 'state',
        at,
        key: tr.task.key,
        taskId: tr.task.taskId,
        state,
        previous: tr.state,
        message: tr.state === null ? `${taskName(tr)}: ${state}` : `${taskName(tr)}: ${tr.state} -> ${state}`
    });
    tr.state = state;
    tr.stateSince = at;
}
/** Next look one interval after this round's start, or sooner if a grace period ends first. */
function schedule(tr, decision, at) {
    const wakeAt = decision.kind === 'wait' ? (decision.wakeAt ?? Infinity) : Infinity;
    tr.nextPollAt = Math.min(at + tr.task.intervalMs, wakeAt);
}
/**
 * A call the client already retried as far as it could. A permanent failure settles the task as
 * `error`; a retryable one is looked at again next round while the task has time (mode wait).
 */
function fail(tr, failure, run, at) {
    const time = run.options.now();
    // The deadline, not BKFlow, ended the look: after failed looks the task kept failing (error);
    // otherwise a task whose state was read is pending with it.
    if (failure.kind === 'deadline' && tr.lastError) {
        const message = `${tr.lastError.message}; then ${failure.message}`;
        settle(tr, errorResult(tr, keptFailing({ ...tr.lastError, message }), time), run);
        return;
    }
    if (failure.kind === 'deadline' && tr.state !== null) {
        settle(tr, deadlineResult(tr, failure.message), run);
        return;
    }
    if (failure.retryable && run.options.mode === 'wait' && time < tr.deadline) {
        tr.lastError = failure;
        tr.nextPollAt = at + tr.task.intervalMs;
        run.emit({
            type: 'retry',
            at: time,
            key: tr.task.key,
            taskId: tr.task.taskId,
            message: `${taskName(tr)}: ${failure.message}; will look again next round`
        });
        return;
    }
    settle(tr, errorResult(tr, keptFailing(failure), time), run);
}
function keptFailing(failure) {
    return failure.retryable
        ? { ...failure, message: `BKFlow kept failing: ${failure.message}` }
        : failure;
}
/** The task's timeout ran out: pending with its last state, or error if its last look failed. */
function expire(tr, run, at) {
    const result = tr.lastError ? errorResult(tr, keptFailing(tr.lastError), at) : timedOutResult(tr);
    settle(tr, result, run);
}
function settle(tr, result, run) {
    tr.result = result;
    // The result holds what reports need (rows, findings, a tree summary): let the tree go.
    tr.tree = null;
    tr.names = undefined;
    run.emit({
        type: 'settled',
        at: result.settledAt ?? run.options.now(),
        key: tr.task.key,
        taskId: tr.task.taskId,
        verdict: result.verdict,
        reason: result.reason,
        ...(result.error && { error: result.error }),
        message: `${taskName(tr)}: ${result.verdict} (${result.reason})`
    });
}

;// CONCATENATED MODULE: ./src/poll/index.ts
// The scheduler: polls BKFlow until every task settles (or looks once) and returns the run's result.



;// CONCATENATED MODULE: ./src/tasks/context.ts
// What the task sources share: the client's task operations, the clock, the run's identity.

/**
 * How long a source may retry one request (a start, a list page): bounded well under a task's
 * timeout, so a BKFlow outage ends as an error rather than eating the whole wait.
 */
const SOURCE_REQUEST_BUDGET_MS = 2 * 60_000;
/** The deadline of a source's requests for this entry. */
function sourceDeadline(task, now) {
    return now + Math.min(task.timeoutMs, SOURCE_REQUEST_BUDGET_MS);
}
/** An entry whose source found no task to check: `error`, never pass, with what to fix. */
function sourceError(task, error, at, cancelled = false) {
    return { ...errorResult(newTracker(task, at), error, at), cancelled };
}

;// CONCATENATED MODULE: ./src/tasks/create.ts
// The `create:` source: create the task from its template, start it, and hand its id to polling.
// Create is sent once (bkflow/operations.ts); a start may be retried, "already started" is fine.




/** Creates and starts the entry's task. Never throws: every failure is an `error` result. */
async function createAndStart(entry, source, options) {
    const { driver, now, signal } = options;
    const label = entry.label ?? '';
    const at = now();
    const name = source.payload.name ?? `${label} ${options.runName}`;
    const nameAsWritten = source.nameAsWritten ?? name;
    const call = { deadline: sourceDeadline(entry, at), signal };
    let created;
    try {
        const answer = await driver.createTask({
            templateId: source.templateId,
            ...(entry.spaceId !== undefined && { spaceId: entry.spaceId }),
            name: name.slice(0, 128),
            constants: source.payload.constants,
            ...(source.creator !== undefined && { creator: source.creator })
        }, call, nameAsWritten);
        created = { ...entry, taskId: answer.taskId, key: taskKey(answer.taskId, entry.spaceId) };
    }
    catch (error) {
        const failure = toClientFailure(error);
        if (signal?.aborted) {
            const message = `The run was cancelled while creating the task from template ${source.templateId}: a task named "${nameAsWritten}" may have been created; look for it in BKFlow.`;
            return { error: sourceError(entry, { kind: 'cancelled', message }, now(), true) };
        }
        return { error: sourceError(entry, failure, now()) };
    }
    options.emit?.(`${label}: created task ${created.taskId} from ${describeSource(source)}`);
    try {
        await driver.startTask({ taskId: created.taskId, ...(entry.spaceId !== undefined && { spaceId: entry.spaceId }) }, source.creator, call);
    }
    catch (error) {
        const failure = toClientFailure(error);
        const message = `Task ${created.taskId} was created but not started: ${failure.message}`;
        return {
            error: sourceError(created, { kind: failure.kind, message }, now(), signal?.aborted === true),
            created
        };
    }
    options.emit?.(`${label}: started task ${created.taskId}`);
    return { task: created, created };
}

;// CONCATENATED MODULE: ./src/bkflow/errors.ts
// Typed failures of the BKFlow client. Callers branch on `kind` and `retryable`, never on `message`.
/** A classified client failure. `message` says what to fix and quotes BKFlow's own message. */
class BkflowError extends Error {
    kind;
    retryable;
    endpoint;
    status;
    /** BKFlow's (or the gateway's) own message, trimmed; also quoted in `message`. */
    bkMessage;
    retryAfterMs;
    retryUntil;
    /** Attempts made before giving up (1 when the first answer was permanent). */
    attempts;
    constructor(init) {
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
        this.name = 'BkflowError';
        this.kind = init.kind;
        this.retryable = init.retryable;
        this.endpoint = init.endpoint;
        this.status = init.status;
        this.bkMessage = init.bkMessage;
        this.retryAfterMs = init.retryAfterMs;
        this.retryUntil = init.retryUntil;
        this.attempts = 0;
    }
}
/** True for a BkflowError (narrowing helper for `catch (error: unknown)`). */
function isBkflowError(error) {
    return error instanceof BkflowError;
}
const QUOTE_LIMIT = 300;
/**
 * Redaction shrinks text by at least 3/48 (the longest encoded form of an 8-character secret
 * becomes `***`), so redacting this much of a long text before the cut is enough.
 */
const REDACT_WINDOW = 64 * 1024;
/**
 * BKFlow's message trimmed to one line of at most ~300 characters, for quoting in an error.
 * `redact` runs before the cut, so a secret that straddles it cannot leave its first part.
 */
function trimQuote(text, redact = (t) => t) {
    const window = text.length > REDACT_WINDOW ? text.slice(0, REDACT_WINDOW) : text;
    const oneLine = redact(window).replace(/\s+/g, ' ').trim();
    return oneLine.length > QUOTE_LIMIT ? `${oneLine.slice(0, QUOTE_LIMIT)}…` : oneLine;
}

;// CONCATENATED MODULE: ./src/bkflow/operations.ts
// The calls that drive tasks (bkflow-api-2.md §3–§5): create, start, revoke and list, each going
// through the client's one request path, with its response parsing beside it.
// Create is not idempotent, so a create whose answer was lost is never sent again.

/** BKFlow's page size cap for get_task_list. */
const TASK_LIST_MAX_LIMIT = 200;
/** Create, start, revoke and list: the calls that drive tasks, sent through the client. */
class TaskOperations {
    send;
    identity;
    constructor(send, identity) {
        this.send = send;
        this.identity = identity;
    }
    /**
     * Creates a task (not started). Sent once: only a 429 and a setup failure, which never reach
     * BKFlow, are retried. A lost answer (timeout, reset, 5xx, garbage) throws an
     * `unconfirmed` error saying a task may exist and how to find it. `nameAsWritten` is the name
     * without its variables expanded, for that message.
     */
    async createTask(request, call, nameAsWritten) {
        const { templateId, spaceId } = request;
        const where = spaceId === undefined
            ? `template ${templateId} (by app)`
            : `template ${templateId} in space ${spaceId}`;
        const find = spaceId === undefined
            ? `look in BKFlow for a task of template ${templateId} named "${nameAsWritten}"`
            : `list them with get_task_list?template_id=${templateId}&name=… (the name "${nameAsWritten}") in space ${spaceId}`;
        // The name and the constants may hold variable values: an answer that echoes one loses it.
        const scrub = scrubber([request.name, request.constants]);
        const settle = (error) => {
            // A 429, or a setup failure (DNS, refused, TLS, a login page): BKFlow never saw the request.
            if (error.kind === 'rate_limited' || error.kind === 'unreachable')
                return error;
            const bkMessage = error.bkMessage === undefined ? undefined : scrub(error.bkMessage);
            // BKFlow's own `result: false` envelope (HTTP 200) is a refusal by the view, which creates
            // nothing; a relayed task-module failure or no envelope at all leaves the outcome unknown.
            const refused = error.status === 200 &&
                error.kind !== 'malformed' &&
                !(error.bkMessage ?? '').startsWith('Request API error');
            if (error.retryable && !refused) {
                return new BkflowError({
                    kind: 'unconfirmed',
                    retryable: false,
                    endpoint: error.endpoint,
                    status: error.status,
                    bkMessage,
                    message: `The answer to creating a task from ${where} was lost (${scrub(error.message)}); a task may have been created anyway. Creating is not idempotent, so the gate did not try again: ${find} before running again.`
                });
            }
            return new BkflowError({
                kind: error.kind,
                retryable: false,
                endpoint: error.endpoint,
                status: error.status,
                bkMessage,
                message: `BKFlow refused to create a task from ${where}: ${scrub(error.message)} Check create.template_id, the space and the template's app binding.`
            });
        };
        if (spaceId === undefined) {
            if (!this.identity.hasUser) {
                throw configError('Creating a task without space_id uses create_task_by_app, which needs a user identity: set username or access-token (BKFLOW_USERNAME or BKFLOW_ACCESS_TOKEN for the CLI), or give the task a space_id.');
            }
            return this.send({
                endpoint: 'create_task_by_app',
                method: 'POST',
                path: `/template/${operations_positive(templateId, 'template_id')}/create_task_by_app/`,
                ids: {},
                call,
                body: { name: request.name, constants: request.constants },
                interpret: parseCreated,
                hooks: { settle }
            });
        }
        const creator = request.creator ?? this.identity.username;
        if (!creator) {
            throw configError('create_task needs a creator: set create.creator in the spec, or the username input.');
        }
        return this.send({
            endpoint: 'create_task',
            method: 'POST',
            path: `/space/${operations_positive(spaceId, 'space_id')}/create_task/`,
            ids: { spaceId },
            call,
            body: {
                template_id: operations_positive(templateId, 'template_id'),
                creator,
                name: request.name,
                constants: request.constants
            },
            interpret: parseCreated,
            hooks: { settle }
        });
    }
    /** Starts a created task. Safe to retry: "task already started" counts as started. */
    async startTask(ref, operator, call) {
        await this.operate(ref, 'start', operator, call, () => undefined, (error) => (refusal(error).includes('task already started') ? { value: undefined } : error));
    }
    /**
     * Revokes a running task. A task already revoked is fine; one that finished, or never started,
     * cannot be revoked (BKFlow's engine refuses): a permanent error that says which.
     */
    async revokeTask(ref, operator, call) {
        return this.operate(ref, 'revoke', operator, call, () => 'revoked', (error) => {
            const text = refusal(error);
            if (text.includes('REVOKED to REVOKED'))
                return { value: 'already-revoked' };
            const final = /from (FINISHED|FAILED|EXPIRED) to REVOKED/.exec(text);
            if (final) {
                return new BkflowError({
                    kind: 'bad_request',
                    retryable: false,
                    endpoint: error.endpoint,
                    bkMessage: error.bkMessage,
                    message: `Task ${ref.taskId} had already ended (${final[1]}): there was nothing to revoke.`
                });
            }
            if (text.includes('does not exist')) {
                return new BkflowError({
                    kind: 'bad_request',
                    retryable: false,
                    endpoint: error.endpoint,
                    bkMessage: error.bkMessage,
                    message: `Task ${ref.taskId} was never started: there was nothing to revoke.`
                });
            }
            return error;
        });
    }
    /** One page of a space's task list, newest first. */
    async listTasks(spaceId, query, call) {
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(query)) {
            if (value !== undefined)
                params.set(key, String(value));
        }
        params.set('limit', String(Math.min(Math.max(1, query.limit), TASK_LIST_MAX_LIMIT)));
        return this.send({
            endpoint: 'get_task_list',
            method: 'GET',
            path: `/space/${operations_positive(spaceId, 'space_id')}/get_task_list/?${params.toString()}`,
            ids: { spaceId },
            call,
            interpret: parseTaskListPage
        });
    }
    operate(ref, operation, operator, call, interpret, settle) {
        const taskId = operations_positive(ref.taskId, 'task_id');
        if (ref.spaceId === undefined) {
            // The app-bound variant reads no body: the operator is the gateway's user.
            return this.send({
                endpoint: 'operate_task_by_app',
                method: 'POST',
                path: `/task/${taskId}/operate_task_by_app/${operation}/`,
                ids: { taskId },
                call,
                interpret,
                hooks: { settle }
            });
        }
        const who = operator ?? this.identity.username;
        if (!who) {
            throw configError(`operate_task/${operation} needs an operator: set create.creator in the spec, or the username input.`);
        }
        return this.send({
            endpoint: 'operate_task',
            method: 'POST',
            path: `/space/${operations_positive(ref.spaceId, 'space_id')}/task/${taskId}/operate_task/${operation}/`,
            ids: { taskId, spaceId: ref.spaceId },
            call,
            body: { operator: who },
            interpret,
            hooks: { settle }
        });
    }
}
/** Replaces every string (of 4 characters or more) found in `values`, at any depth, with `***`. */
function scrubber(values) {
    const found = [];
    const walk = (value) => {
        if (typeof value === 'string') {
            if (value.length >= 4)
                found.push(value, JSON.stringify(value).slice(1, -1));
        }
        else if (Array.isArray(value))
            value.forEach(walk);
        else if (value !== null && typeof value === 'object')
            Object.values(value).forEach(walk);
    };
    values.forEach(walk);
    const forms = [...new Set(found)].sort((a, b) => b.length - a.length);
    return (text) => forms.reduce((out, form) => out.split(form).join('***'), text);
}
/** The engine's own words for a refused operation ("fail: <exc>" or the message). */
function refusal(error) {
    return error.bkMessage ?? '';
}
/** `data` of a create answer: the task id is `data.id` (`instance_id` is the engine's, not ours). */
function parseCreated(data) {
    if (!isObject(data) || !isPositiveInt(data.id)) {
        throw malformed('the create answer has no task id (data.id)');
    }
    return {
        taskId: data.id,
        ...(isPositiveInt(data.space_id) && { spaceId: data.space_id })
    };
}
/** `data` of get_task_list: `{count, results}`; results without a positive integer id are refused. */
function parseTaskListPage(data) {
    if (!isObject(data) || !Array.isArray(data.results)) {
        throw malformed('the task list has no results');
    }
    const results = data.results.map((item, index) => {
        if (!isObject(item) || !isPositiveInt(item.id)) {
            throw malformed(`task list entry ${index} has no id`);
        }
        return {
            id: item.id,
            name: typeof item.name === 'string' ? item.name : '',
            templateId: isPositiveInt(item.template_id) ? item.template_id : null,
            creator: typeof item.creator === 'string' ? item.creator : '',
            createdAt: operations_parseBkflowTime(item.create_time),
            isStarted: item.is_started === true,
            isFinished: item.is_finished === true,
            isRevoked: item.is_revoked === true,
            // The full path too: BKFlow's label filter also matches a label's children (`release/ci`).
            labels: Array.isArray(item.labels)
                ? item.labels.flatMap((label) => isObject(label)
                    ? [label.name, label.full_path].filter((s) => typeof s === 'string')
                    : [])
                : []
        };
    });
    const count = typeof data.count === 'number' && Number.isSafeInteger(data.count) ? data.count : results.length;
    return { count, results };
}
/** `2026-08-21 10:00:00+0800` (or ISO) → epoch ms; null when unreadable. */
function operations_parseBkflowTime(value) {
    if (typeof value !== 'string')
        return null;
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
    if (!m)
        return null;
    const zone = m[3] === undefined
        ? '+08:00'
        : m[3] === 'Z'
            ? 'Z'
            : m[3].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const ms = Date.parse(`${m[1]}T${m[2]}${zone}`);
    return Number.isFinite(ms) ? ms : null;
}
/** Epoch ms → `YYYY-MM-DD HH:MM:SS` in Asia/Shanghai (UTC+8, no daylight saving): BKFlow's naive time. */
function shanghaiTime(ms) {
    return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isPositiveInt(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
function operations_positive(value, name) {
    if (!isPositiveInt(value))
        throw configError(`${name} must be a positive integer (got ${String(value)}).`);
    return value;
}
function configError(message) {
    return new BkflowError({ kind: 'config', retryable: false, message });
}
function malformed(what) {
    return new BkflowError({
        kind: 'malformed',
        retryable: true,
        message: `BKFlow returned an unexpected payload: ${what}.`
    });
}

;// CONCATENATED MODULE: ./src/tasks/select.ts
// The `select:` source: page BKFlow's task list (newest first) and turn the matches into tasks to
// poll. Every filter is also applied to each result, in case the gateway drops a parameter.





/** Pages read at most (10,000 tasks): a filter that matches more needs narrowing, not paging. */
const MAX_SELECT_PAGES = 50;
/** Whether a listed task meets every filter (BKFlow's own semantics: name and label as substrings). */
function matchesSelect(item, source, since) {
    if (source.templateId !== undefined && item.templateId !== source.templateId)
        return false;
    if (source.name !== undefined && !item.name.toLowerCase().includes(source.name.toLowerCase())) {
        return false;
    }
    if (source.creator !== undefined && item.creator !== source.creator)
        return false;
    if (source.label !== undefined) {
        const wanted = source.label.toLowerCase();
        if (!item.labels.some((l) => l.toLowerCase().includes(wanted)))
            return false;
    }
    if (since !== undefined && (item.createdAt === null || item.createdAt < since))
        return false;
    return true;
}
/** The entry's tasks: the newest match, or every match (`pick: all`), or an `error` result. */
async function selectTasks(entry, source, options) {
    const { driver, now, signal } = options;
    const spaceId = entry.spaceId;
    const at = now();
    const filter = describeSource(source);
    if (spaceId === undefined) {
        // The spec validator refuses this; stay closed anyway.
        const message = '`select` needs a space_id.';
        return { error: sourceError(entry, { kind: 'config', message }, at) };
    }
    const since = source.createdWithinMs === undefined ? undefined : at - source.createdWithinMs;
    const query = {
        ...(source.templateId !== undefined && { template_id: source.templateId }),
        ...(source.name !== undefined && { name: source.name }),
        ...(source.creator !== undefined && { creator: source.creator }),
        ...(source.label !== undefined && { label: source.label }),
        ...(since !== undefined && { create_at_start: shanghaiTime(since) }),
        limit: TASK_LIST_MAX_LIMIT,
        offset: 0
    };
    const call = { deadline: sourceDeadline(entry, at), signal };
    const matches = [];
    try {
        for (let page = 0;; page++) {
            if (page === MAX_SELECT_PAGES) {
                const message = `select (${filter}) matches more than ${MAX_SELECT_PAGES * TASK_LIST_MAX_LIMIT} tasks in space ${spaceId}: narrow it (e.g. created_within).`;
                return { error: sourceError(entry, { kind: 'bad_request', message }, now()) };
            }
            const { count, results } = await driver.listTasks(spaceId, query, call);
            matches.push(...results.filter((item) => matchesSelect(item, source, since)));
            query.offset += results.length;
            const last = results[results.length - 1];
            // Newest first: once a page reaches past the window, later pages hold only older tasks.
            const pastWindow = since !== undefined &&
                last?.createdAt !== null &&
                last !== undefined &&
                last.createdAt < since;
            if (results.length === 0 || query.offset >= count || pastWindow)
                break;
            if (source.pick === 'latest' && matches.length > 0)
                break;
        }
    }
    catch (error) {
        const failure = toClientFailure(error);
        const message = `Listing the tasks for select (${filter}) failed: ${failure.message}`;
        return {
            error: sourceError(entry, { kind: failure.kind, message }, now(), signal?.aborted === true)
        };
    }
    if (matches.length === 0) {
        const message = `No task in space ${spaceId} matches select (${filter}): check the filter, or whether the tasks ran.`;
        return { error: sourceError(entry, { kind: 'task_not_found', message }, now()) };
    }
    // Newest first even if a proxy reordered the pages: by creation time, then by id.
    const ordered = [...new Map(matches.map((m) => [m.id, m])).values()].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || b.id - a.id);
    const picked = source.pick === 'all' ? ordered : ordered.slice(0, 1);
    options.emit?.(`${entry.label ?? ''}: select (${filter}) picked ${picked.map((m) => `task ${m.id}`).join(', ')}`);
    return {
        tasks: picked.map((item) => ({
            ...entry,
            taskId: item.id,
            key: taskKey(item.id, spaceId),
            ...(source.pick === 'all' && { label: `${entry.label ?? ''} #${item.id}` })
        }))
    };
}

;// CONCATENATED MODULE: ./src/tasks/sources.ts
// New ways to find a task are sources, not branches (style.md): `create:` and `select:` entries
// are turned into concrete tasks before polling, so the scheduler keeps one job. A source that
// finds no task yields an `error` result in the entry's place.




/** Resolves every entry; entries with a task_id pass through. Never throws. */
async function resolveSources(spec, options) {
    const created = [];
    const slots = await Promise.all(spec.tasks.map(async (entry, i) => {
        const source = entry.source;
        if (source === undefined)
            return { tasks: [entry] };
        if (source.kind === 'select')
            return selectTasks(entry, source, options);
        const outcome = await createAndStart(entry, source, options);
        created[i] = outcome.created;
        return 'error' in outcome ? { error: outcome.error } : { tasks: [outcome.task] };
    }));
    return { slots, created: created.filter((t) => t !== undefined) };
}
/**
 * Resolves the spec's sources, polls every task they found (and every task_id entry), and returns
 * the one result model, entries in file order, with the tasks this run created.
 */
async function runTasks(spec, options) {
    const startedAt = options.now();
    const before = { ...options.counts };
    const { slots, created } = await resolveSources(spec, options);
    const tasks = slots.flatMap((slot) => ('tasks' in slot ? slot.tasks : []));
    const polled = await pollTasks({ ...spec, tasks }, options);
    let next = 0;
    const results = slots.flatMap((slot) => 'error' in slot ? [slot.error] : slot.tasks.map(() => polled.tasks[next++]));
    const byEndpoint = { ...polled.requests.byEndpoint };
    let extra = 0;
    for (const endpoint of OPERATION_ENDPOINTS) {
        const n = (options.counts[endpoint] ?? 0) - (before[endpoint] ?? 0);
        byEndpoint[endpoint] = n;
        extra += n;
    }
    const cancelled = polled.cancelled || options.signal?.aborted === true;
    return {
        run: {
            ...polled,
            startedAt,
            cancelled,
            result: overallResult(results, cancelled),
            tasks: results,
            requests: { total: polled.requests.total + extra, byEndpoint },
            taskIds: taskIdsOf(spec, slots)
        },
        created
    };
}
/**
 * The `task-ids` output: label → task id for every labelled entry that has a task, and label →
 * ids for `select` with `pick: all`. Entries whose source found nothing are left out.
 */
function taskIdsOf(spec, slots) {
    const ids = {};
    spec.tasks.forEach((entry, i) => {
        if (entry.label === undefined)
            return;
        const slot = slots[i];
        // An error keeps the id it got, if any: a task created but not started is still a task.
        const found = 'error' in slot
            ? [slot.error.task.taskId].filter((id) => id > 0)
            : slot.tasks.map((t) => t.taskId);
        if (found.length === 0)
            return;
        const all = entry.source?.kind === 'select' && entry.source.pick === 'all';
        ids[entry.label] = all ? found : found[0];
    });
    return ids;
}

;// CONCATENATED MODULE: ./src/tasks/revoke.ts
// `on-cancel: revoke`: when the job is cancelled, or a task this run created timed out, revoke the
// tasks this run created, within a short budget (the runner kills the job soon after a cancel).
// Only tasks the run created are ever touched.


/** What `on-cancel` may say: leave created tasks running (default), or revoke them. */
const ON_CANCEL = ['leave', 'revoke'];
/** Time for all revokes together: inside the runner's grace after a cancel. */
const REVOKE_BUDGET_MS = 1000;
/**
 * Whether a created task is to be revoked: on a cancel every one not seen to end, otherwise the
 * ones that timed out.
 */
function shouldRevoke(result, run) {
    if (result.state !== null && TERMINAL_STATES.has(result.state))
        return false;
    return run.cancelled || result.verdict === 'pending';
}
/**
 * Revokes the tasks of `created` that the run's end calls for, and returns the run with each
 * one's outcome on its result. Never throws; a revoke that fails is said, not retried past the budget.
 */
async function revokeCreated(run, created, options) {
    const budgetMs = options.budgetMs ?? REVOKE_BUDGET_MS;
    const ours = new Set(created.map((task) => task.key));
    const targets = run.tasks.filter((r) => ours.has(r.task.key) && shouldRevoke(r, run));
    if (targets.length === 0)
        return run;
    const signal = AbortSignal.timeout(budgetMs);
    const call = { deadline: options.now() + budgetMs, signal };
    const outcomes = new Map();
    await Promise.all(targets.map(async (result) => {
        const { taskId, spaceId, label } = result.task;
        const name = label ? `${label}: task ${taskId}` : `task ${taskId}`;
        let outcome;
        try {
            const done = await options.driver.revokeTask({ taskId, ...(spaceId !== undefined && { spaceId }) }, result.task.source?.kind === 'create' ? result.task.source.creator : undefined, call);
            outcome = {
                revoked: true,
                message: done === 'revoked' ? 'revoked (on-cancel: revoke)' : 'already revoked'
            };
        }
        catch (error) {
            outcome = { revoked: false, message: `not revoked: ${toClientFailure(error).message}` };
        }
        outcomes.set(result, outcome);
        options.emit?.(`${name} ${outcome.message}`);
    }));
    return {
        ...run,
        tasks: run.tasks.map((r) => {
            const revoke = outcomes.get(r);
            return revoke ? { ...r, revoke } : r;
        })
    };
}

;// CONCATENATED MODULE: ./src/tasks/index.ts
// Task sources: `create:` and `select:` entries become tasks before polling; `on-cancel: revoke`.



;// CONCATENATED MODULE: ./src/cli/args.ts
// A small strict argument parser: declared options only, every problem an error that names it.
/**
 * Parses `argv` against declared options: `--name value`, `--name=value`, `-h`, and `--` to end
 * options. Unknown options, missing values and values given to flags are errors.
 */
function parseArgs(argv, options) {
    const values = {};
    const positionals = [];
    const byShort = new Map(Object.entries(options)
        .filter(([, spec]) => spec.short !== undefined)
        .map(([name, spec]) => [spec.short, name]));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        let name;
        let inline;
        if (arg.startsWith('--')) {
            const equals = arg.indexOf('=');
            name = equals >= 0 ? arg.slice(2, equals) : arg.slice(2);
            inline = equals >= 0 ? arg.slice(equals + 1) : undefined;
        }
        else {
            name = arg.length === 2 ? byShort.get(arg.slice(1)) : undefined;
        }
        const display = inline === undefined ? arg : arg.slice(0, arg.indexOf('='));
        const spec = name === undefined ? undefined : Object.hasOwn(options, name) ? options[name] : undefined;
        if (name === undefined || spec === undefined)
            return { ok: false, error: `unknown option ${display}` };
        if (spec.type === 'boolean') {
            if (inline !== undefined)
                return { ok: false, error: `option ${display} takes no value` };
            values[name] = true;
            continue;
        }
        let value = inline;
        if (value === undefined) {
            if (i + 1 >= argv.length)
                return { ok: false, error: `option ${display} needs a value` };
            value = argv[++i];
        }
        if (spec.multiple) {
            const list = values[name];
            values[name] = Array.isArray(list) ? [...list, value] : [value];
        }
        else if (values[name] !== undefined) {
            return { ok: false, error: `option ${display} is given twice` };
        }
        else {
            values[name] = value;
        }
    }
    return { ok: true, values: values, positionals };
}

;// CONCATENATED MODULE: ./src/bkflow/batch.ts
// Reading one chunk of get_tasks_states when BKFlow cannot answer it whole. Each id costs the
// engine a full tree read and the gateway cuts a request at 120 s (bkflow-api-2.md §10), so a
// chunk that timed out or failed with a 5xx would fail the same way again: it is split instead.

/** A failure that a smaller batch may avoid: our request timeout, or an HTTP 5xx (a 504 is the gateway's cut). */
function isSizeFailure(error) {
    if (!(error instanceof BkflowError))
        return false;
    if (error.kind === 'timeout')
        return true;
    return error.kind === 'transient' && error.status !== undefined && error.status >= 500;
}
/** Nothing of the call was answered and a single id failed too: not a size problem but an outage. */
class Outage extends Error {
}
/**
 * The states of `ids`: sent; if that times out or fails with a 5xx, the ids are halved and each
 * half read the same way (both halves tried before either is split further), down to single ids.
 * A single id that still fails is null, so the caller reads that task on its own; but when nothing
 * of the call has been answered, the failure is an outage, and the chunk is sent again with the
 * usual retries. Other failures were retried by the send and are thrown as they are.
 */
async function readBatch(ids, send, progress = { read: false }) {
    const first = await attempt(ids, send, progress);
    if (first instanceof Map)
        return first;
    try {
        return await settleFailure(ids, first, send, progress);
    }
    catch (error) {
        if (error instanceof Outage)
            return send(ids, 'retried');
        throw error;
    }
}
async function attempt(ids, send, progress) {
    try {
        const states = await send(ids, 'split');
        progress.read = true;
        return states;
    }
    catch (error) {
        return error;
    }
}
async function settleFailure(ids, error, send, progress) {
    if (!isSizeFailure(error))
        throw error;
    if (ids.length === 1) {
        if (!progress.read)
            throw new Outage();
        return new Map([[ids[0], null]]);
    }
    const middle = Math.ceil(ids.length / 2);
    const halves = [ids.slice(0, middle), ids.slice(middle)];
    // One after the other: halving a chunk that overloads BKFlow should not double the load.
    const tries = [];
    for (const half of halves) {
        const tried = await attempt(half, send, progress);
        if (tried instanceof Map)
            progress.fits = Math.max(progress.fits ?? 0, half.length);
        tries.push(tried);
    }
    const states = new Map();
    for (let i = 0; i < halves.length; i++) {
        const tried = tries[i];
        const map = tried instanceof Map ? tried : await settleFailure(halves[i], tried, send, progress);
        for (const [id, state] of map)
            states.set(id, state);
    }
    return states;
}

;// CONCATENATED MODULE: ./node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {min = 0, allowInfinity = false} = {}) {
	if (value === undefined) {
		return;
	}

	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < min) {
		throw new TypeError(`Expected \`${name}\` to be \u2265 ${min}.`);
	}
}

class AbortError extends Error {
	constructor(message) {
		super();

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			this.originalError = new Error(message);
			this.originalError.stack = this.stack;
		}

		this.name = 'AbortError';
		this.message = message;
	}
}

function calculateDelay(retriesConsumed, options) {
	const attempt = Math.max(1, retriesConsumed + 1);
	const random = options.randomize ? (Math.random() + 1) : 1;

	let timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));
	timeout = Math.min(timeout, options.maxTimeout);

	return timeout;
}

function calculateRemainingTime(start, max) {
	if (!Number.isFinite(max)) {
		return max;
	}

	return max - (performance.now() - start);
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);

	if (normalizedError instanceof AbortError) {
		throw normalizedError.originalError;
	}

	const retriesLeft = Number.isFinite(options.retries)
		? Math.max(0, options.retries - retriesConsumed)
		: options.retries;

	const maxRetryTime = options.maxRetryTime ?? Number.POSITIVE_INFINITY;

	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
	});

	await options.onFailedAttempt(context);

	if (calculateRemainingTime(startTime, maxRetryTime) <= 0) {
		throw normalizedError;
	}

	const consumeRetry = await options.shouldConsumeRetry(context);

	const remainingTime = calculateRemainingTime(startTime, maxRetryTime);

	if (remainingTime <= 0 || retriesLeft <= 0) {
		throw normalizedError;
	}

	if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
		if (consumeRetry) {
			throw normalizedError;
		}

		options.signal?.throwIfAborted();
		return false;
	}

	if (!await options.shouldRetry(context)) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		options.signal?.throwIfAborted();
		return false;
	}

	const delayTime = calculateDelay(retriesConsumed, options);
	const finalDelay = Math.min(delayTime, remainingTime);

	options.signal?.throwIfAborted();

	if (finalDelay > 0) {
		await new Promise((resolve, reject) => {
			const onAbort = () => {
				clearTimeout(timeoutToken);
				options.signal?.removeEventListener('abort', onAbort);
				reject(options.signal.reason);
			};

			const timeoutToken = setTimeout(() => {
				options.signal?.removeEventListener('abort', onAbort);
				resolve();
			}, finalDelay);

			if (options.unref) {
				timeoutToken.unref?.();
			}

			options.signal?.addEventListener('abort', onAbort, {once: true});
		});
	}

	options.signal?.throwIfAborted();

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.retries ??= 10;
	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Number.POSITIVE_INFINITY;
	options.maxRetryTime ??= Number.POSITIVE_INFINITY;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate numeric options and normalize edge cases
	validateNumberOption('factor', options.factor, {min: 0, allowInfinity: false});
	validateNumberOption('minTimeout', options.minTimeout, {min: 0, allowInfinity: false});
	validateNumberOption('maxTimeout', options.maxTimeout, {min: 0, allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {min: 0, allowInfinity: true});

	// Treat non-positive factor as 1 to avoid zero backoff or negative behavior
	if (!(options.factor > 0)) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	while (Number.isFinite(options.retries) ? retriesConsumed <= options.retries : true) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Should not reach here, but in case it does, throw an error
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}

;// CONCATENATED MODULE: ./src/bkflow/retry.ts
// Retries of one request's transient failures, bounded by the caller's deadline.
// Polling (asking again because a task has not settled) is the scheduler's loop, not this one.



/** 0.5 s doubling to 30 s: a gateway hiccup is retried quickly, an outage is not hammered. */
const DEFAULT_BACKOFF = { baseMs: 500, capMs: 30_000 };
/** Full-jitter exponential backoff (retryIndex 0 is the first retry). */
function backoffDelay(retryIndex, random, policy = DEFAULT_BACKOFF) {
    const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retryIndex, 30));
    const r = Math.min(Math.max(random(), 0), 1);
    return Math.round(r * ceiling);
}
/**
 * The server's minimum wait in ms: `Retry-After` (seconds or an HTTP date), and
 * `X-Bkapi-RateLimit-Reset` (seconds left in the gateway's window) when the answer was a 429 or the
 * window is spent. The gateway sends the reset header on every answer, so on a 502 it says nothing
 * about when to retry. The larger hint wins.
 */
function serverHintMs(headers, nowMs, rateLimited = false) {
    const hints = [];
    const reset = headers.get('x-bkapi-ratelimit-reset');
    const spent = rateLimited || headers.get('x-bkapi-ratelimit-remaining')?.trim() === '0';
    if (spent && reset !== null && /^\s*\d+(\.\d+)?\s*$/.test(reset))
        hints.push(Number(reset) * 1000);
    const retryAfter = headers.get('retry-after');
    if (retryAfter !== null) {
        if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter))
            hints.push(Number(retryAfter) * 1000);
        else {
            const at = Date.parse(retryAfter);
            if (Number.isFinite(at))
                hints.push(Math.max(0, at - nowMs));
        }
    }
    return hints.length > 0 ? Math.round(Math.max(...hints)) : undefined;
}
/**
 * Runs `attempt` until it succeeds, throws a permanent BkflowError, or the next wait would pass the
 * deadline. Always makes at least one attempt. The error thrown carries `attempts`.
 * `attempt` must throw only BkflowError.
 */
async function retryWithDeadline(attempt, options) {
    const policy = options.policy ?? DEFAULT_BACKOFF;
    let attempts = 0;
    let lastFailure;
    try {
        return await pRetry(async (attemptNumber) => {
            attempts = attemptNumber;
            try {
                return await attempt(attemptNumber);
            }
            catch (error) {
                let failure = asBkflowError(error);
                // The deadline stopped a retry before it was sent: the failure that needed the retry is
                // what the task ran into, and says what to fix.
                if (failure.kind === 'deadline' && lastFailure !== undefined) {
                    failure = permanent(lastFailure, lastFailure.kind, `${lastFailure.message} ${failure.message}`);
                }
                if (failure.retryable)
                    lastFailure = failure;
                failure.attempts = attemptNumber;
                // AbortError tells p-retry not to retry; it rejects with `failure` itself.
                if (!failure.retryable)
                    throw new AbortError(failure);
                throw failure;
            }
        }, {
            retries: Number.POSITIVE_INFINITY,
            // p-retry's own timer is off (minTimeout 0): the wait happens below on the injected clock,
            // so tests never really wait and the deadline is measured on the caller's clock.
            minTimeout: 0,
            signal: options.signal,
            onFailedAttempt: async ({ error, attemptNumber }) => {
                const failure = asBkflowError(error);
                const jitter = backoffDelay(attemptNumber - 1, options.random, policy);
                // A server hint is a floor: waking before the gateway's window resets only earns another 429.
                const hint = failure.retryAfterMs ?? 0;
                let delayMs = Math.max(jitter, hint);
                const now = options.now();
                // A failure may bound its own retries earlier (the client's setup budget): its last
                // attempt is made when the budget ends.
                const budget = failure.retryUntil ?? Number.POSITIVE_INFINITY;
                if (budget < options.deadline && now < budget && now + delayMs > budget && hint === 0) {
                    delayMs = budget - now;
                }
                const limit = Math.min(options.deadline, budget);
                if (now + delayMs > limit) {
                    if (hint >= jitter && now + hint > options.deadline) {
                        // Sleeping through it would only end at or after the deadline: end the task now. The
                        // kind stays the failure's own: BKFlow kept refusing, the deadline only ends the wait.
                        throw permanent(failure, failure.kind, `${failure.message} The gateway asked to wait ${secondsText(hint)}, longer than the ${secondsText(Math.max(0, options.deadline - now))} left before the task's timeout.`);
                    }
                    const why = limit < options.deadline ? 'the setup budget is spent' : 'the deadline was reached';
                    const message = `${failure.message} (gave up after ${text_plural(attemptNumber, 'attempt')}: ${why})`;
                    if (limit < options.deadline)
                        throw permanent(failure, failure.kind, message);
                    failure.message = message;
                    throw failure;
                }
                options.onRetry?.({ attempt: attemptNumber, delayMs, error: failure });
                await options.sleep(delayMs, options.signal);
            }
        });
    }
    catch (error) {
        if (options.signal?.aborted) {
            throw cancelled(attempts, options.signal.reason);
        }
        const failure = asBkflowError(error);
        if (failure.attempts === 0)
            failure.attempts = attempts;
        throw failure;
    }
}
/** `600 s`, `1.5 s`, `0 s`: a wait as messages show it. */
function secondsText(ms) {
    const seconds = ms / 1000;
    return `${seconds >= 10 || Number.isInteger(seconds) ? Math.round(seconds) : seconds.toFixed(1)} s`;
}
// The same failure, no longer retryable anywhere (the scheduler settles its task at once).
function permanent(failure, kind, message) {
    const error = new BkflowError({
        kind,
        retryable: false,
        endpoint: failure.endpoint,
        status: failure.status,
        bkMessage: failure.bkMessage,
        message,
        cause: failure.cause
    });
    error.attempts = failure.attempts;
    return error;
}
function cancelled(attempts, reason) {
    const error = new BkflowError({
        kind: 'cancelled',
        retryable: false,
        message: 'The request to BKFlow was cancelled.',
        cause: reason
    });
    error.attempts = attempts;
    return error;
}
function asBkflowError(error) {
    if (error instanceof BkflowError)
        return error;
    // Not expected: `attempt` converts everything. Kept permanent so a programming error is not retried.
    return new BkflowError({
        kind: 'bad_request',
        retryable: false,
        message: `Unexpected client failure: ${error instanceof Error ? error.message : String(error)}`,
        cause: error
    });
}

;// CONCATENATED MODULE: ./src/bkflow/classify.ts
// The error tables of bkflow-api.md §3 as one pure function: an HTTP answer in, data or a typed error out.
// Most BKFlow failures arrive as HTTP 200 with `result: false`, so the branch is on `result`, never on `code`.



/** `{ data }` for `result: true`, otherwise the classified failure (returned, not thrown). */
function classifyResponse(response, ctx, nowMs) {
    const json = response.parsed === undefined ? parseJsonObject(response.body) : asObject(response.parsed.value);
    const status = response.status;
    const names = settingNames(ctx);
    const fail = (kind, retryable, what, bk) => new BkflowError({
        kind,
        retryable,
        endpoint: ctx.endpoint,
        status,
        bkMessage: bk,
        message: bk === undefined ? what : `${what} BKFlow said: "${bk}"`,
        retryAfterMs: retryable ? serverHintMs(response.headers, nowMs, status === 429) : undefined
    });
    const bk = bkMessageOf(json, response, ctx);
    if (status >= 200 && status < 300)
        return classifyEnvelope(json, response, ctx, fail);
    if (status >= 300 && status < 400) {
        // Redirects are not followed (a custom auth header would go to wherever they point); one here
        // means the URL is not the gateway's (a login page, an http→https hop, a renamed stage).
        const location = response.headers.get('location');
        return fail('api_not_found', false, `The server answered ${ctx.method} ${ctx.path} with a redirect (HTTP ${status}${location === null ? '' : ` to ${trimQuote(location, ctx.redact)}`}): check ${names.apiUrl}: it must be the BKFlow gateway base itself.`);
    }
    if (status === 429) {
        return fail('rate_limited', true, `The API gateway rate-limited ${ctx.endpoint} (HTTP 429): lower ${names.rateLimit} (the gateway allows 5000 requests per minute per app, shared by every caller using app ${ctx.appCode}).`, bk);
    }
    const gatewayCode = gatewayCodeName(json, response.headers);
    if (status === 400 || status === 401) {
        if (gatewayCode === 'INVALID_ARGS' || status === 401) {
            const userReason = /user authentication|user identity|bk_username|access_token|bk_token/i;
            if (bk !== undefined && userReason.test(bk)) {
                return fail('auth', false, `The API gateway could not authenticate a user for ${ctx.endpoint} (HTTP ${status}): the app-bound endpoint needs a user identity: set ${names.username} or ${names.accessToken}, or give the task a space_id.`, bk);
            }
            return fail('auth', false, `The API gateway rejected the app credentials (HTTP ${status}): check ${names.appCode} and ${names.appSecret}.`, bk);
        }
        return fail('bad_request', false, `BKFlow refused ${classify_describe(ctx)} (HTTP ${status}).`, bk);
    }
    if (status === 403)
        return classifyForbidden(json, response, ctx, gatewayCode, bk, fail);
    if (status === 404) {
        if (gatewayCode === 'API_NOT_FOUND' || json === undefined) {
            return fail('api_not_found', false, `The API gateway has no route for ${ctx.method} ${ctx.path} (HTTP 404): check ${names.apiUrl}: it must be the BKFlow gateway base, such as https://bkapi.example.com/api/bk-flow-engine/prod (some installations omit /api).`, bk);
        }
        if (bk !== undefined && bk.includes('任务关联的模板不存在')) {
            return fail('permission', false, `The template of task ${ctx.taskId} no longer exists, so the app-bound endpoint cannot authorize it (HTTP 404): give the task a space_id to use the space-scoped endpoint.`, bk);
        }
        return fail('task_not_found', false, `Task ${ctx.taskId} does not exist (HTTP 404): check task_id; it may have been deleted or have expired.`, bk);
    }
    if (status === 408 || status >= 500) {
        const name = gatewayCode === undefined ? '' : ` ${gatewayCode}`;
        return fail('transient', true, `BKFlow or its API gateway failed temporarily on ${classify_describe(ctx)} (HTTP ${status}${name}${json === undefined ? ', not JSON' : ''}).`, bk);
    }
    return fail('bad_request', false, `BKFlow refused ${classify_describe(ctx)} (HTTP ${status}).`, bk);
}
function classifyEnvelope(json, response, ctx, fail) {
    if (json === undefined && response.status < 300 && isHtml(response)) {
        // A login page, a proxy's block page or a portal: the URL is not the gateway, and asking again
        // will not change that. Retried only within the client's short setup budget.
        const title = htmlTitle(response.body);
        const named = title === undefined ? '' : ` ("${trimQuote(title, ctx.redact)}")`;
        return fail('unreachable', true, `${ctx.method} ${ctx.path} answered HTTP ${response.status} with an HTML page${named} instead of BKFlow's JSON: check ${settingNames(ctx).apiUrl} (it must be the gateway base, not a web page) and the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).`);
    }
    if (json === undefined || typeof json.result !== 'boolean') {
        const snippet = response.body.length === 0 ? 'an empty body' : `"${trimQuote(response.body, ctx.redact)}"`;
        return fail('malformed', true, `BKFlow answered ${classify_describe(ctx)} with HTTP ${response.status} but not a JSON envelope with a boolean result: ${snippet}.`);
    }
    if (json.result)
        return { data: json.data };
    // Tests run on the whole message (a B4 relay can be long); quotes use the trimmed one.
    const raw = typeof json.message === 'string' ? json.message.trim() : '';
    // An operation the engine refused says only "fail"; its reason is in `exc` (bkflow-api-2.md §4).
    const exc = typeof json.exc === 'string' && json.exc.trim() !== '' ? json.exc : undefined;
    const operation = ctx.endpoint === 'operate_task' || ctx.endpoint === 'operate_task_by_app';
    const bk = operation && raw === 'fail' && exc !== undefined
        ? trimQuote(`fail: ${exc}`, ctx.redact)
        : bkMessageOf(json, response, ctx);
    const relay = /^Request API error, status_code: (\d{3})/.exec(raw);
    const notFound = json.code === 'not_found' ||
        raw === '未找到。' ||
        /^not found\.?$/i.test(raw) ||
        (classify_isObject(json.data) &&
            typeof json.data.detail === 'string' &&
            /^(未找到。|not found\.?)$/i.test(json.data.detail)) ||
        (relay !== null && relay[1] === '404');
    if (notFound) {
        const where = ctx.spaceId === undefined ? '' : ` in space ${ctx.spaceId}`;
        return fail('task_not_found', false, `Task ${ctx.taskId} was not found${where}: it does not exist, was deleted, or has expired. Check task_id.`, bk);
    }
    if (relay !== null && relay[1] === '403' && raw.includes('space_id is invalid')) {
        return fail('wrong_space', false, `Task ${ctx.taskId} is not in space ${ctx.spaceId}: fix space_id.`, bk);
    }
    if (relay !== null && Number(relay[1]) >= 500) {
        return fail('transient', true, `BKFlow's task module failed on ${classify_describe(ctx)}.`, bk);
    }
    if (relay !== null) {
        return fail('bad_request', false, `BKFlow's task module refused ${classify_describe(ctx)}.`, bk);
    }
    if (raw.startsWith('Request API error, exception')) {
        return fail('transient', true, `BKFlow could not reach its task module for ${classify_describe(ctx)}.`, bk);
    }
    if (raw.startsWith('task operation error') || (raw === 'fail' && 'exc' in json)) {
        return fail('transient', true, `BKFlow's engine query failed for ${classify_describe(ctx)}.`, bk);
    }
    if (isSerializerMessage(raw)) {
        return fail('bad_request', false, `BKFlow rejected the body of ${classify_describe(ctx)}.`, bk);
    }
    // Unrecognized `result: false` (B9/B10 "maybe"): retried until the deadline rather than trusted.
    return fail('transient', true, `BKFlow reported a failure for ${classify_describe(ctx)}.`, bk);
}
function classifyForbidden(json, response, ctx, gatewayCode, bk, fail) {
    const text = bk ?? '';
    if (gatewayCode === 'APP_NO_PERMISSION') {
        const expired = text.includes('expired');
        return fail('permission', false, `App ${ctx.appCode} has no permission to the BKFlow resource ${ctx.endpoint} (HTTP 403): ${expired ? 'renew' : 'apply for'} the resource permission of the BKFlow gateway in the BlueKing API gateway console.`, bk);
    }
    if (text.includes('空间不存在')) {
        return fail('permission', false, `Space ${ctx.spaceId} does not exist (HTTP 403): fix space_id.`, bk);
    }
    if (text.includes('无权操作此空间')) {
        return fail('permission', false, `Space ${ctx.spaceId} belongs to another app (HTTP 403): use a space that app ${ctx.appCode} owns, or fix space_id.`, bk);
    }
    if (text.includes('未关联任何模板')) {
        return fail('permission', false, `Task ${ctx.taskId} is not linked to any template, so the app-bound endpoint cannot authorize it (HTTP 403): give the task a space_id to use the space-scoped endpoint.`, bk);
    }
    if (text.includes('未绑定任何')) {
        return fail('permission', false, `The template of task ${ctx.taskId} is not bound to any app (HTTP 403): bind the task's template to app ${ctx.appCode} in BKFlow, or give the task a space_id.`, bk);
    }
    if (text.includes('无权操作此任务')) {
        return fail('permission', false, `The template of task ${ctx.taskId} is bound to another app (HTTP 403): bind the task's template to app ${ctx.appCode}, use that app's credentials, or give the task a space_id.`, bk);
    }
    if (json === undefined && /API gateway/i.test(response.body)) {
        return fail('api_not_found', false, `The request reached BKFlow directly instead of through the API gateway (HTTP 403): check ${settingNames(ctx).apiUrl}: it must be the gateway base, such as https://bkapi.example.com/api/bk-flow-engine/prod.`, bk);
    }
    return fail('permission', false, `Access to ${classify_describe(ctx)} was denied (HTTP 403): check that app ${ctx.appCode} has permission to the BKFlow gateway resource and owns the space.`, bk);
}
/** How this request's messages name the settings to fix. */
function settingNames(ctx) {
    return ctx.settings ?? ACTION_SETTINGS;
}
/** A short description of the request for messages: `get_task_states for task 42 in space 7`. */
function classify_describe(ctx) {
    const task = ctx.taskId === undefined ? '' : ` for task ${ctx.taskId}`;
    const space = ctx.spaceId === undefined ? '' : ` in space ${ctx.spaceId}`;
    return `${ctx.endpoint}${task}${space}`;
}
function parseJsonObject(body) {
    try {
        return asObject(JSON.parse(body));
    }
    catch {
        return undefined;
    }
}
function asObject(value) {
    return classify_isObject(value) ? value : undefined;
}
function isHtml(response) {
    const type = response.headers.get('content-type') ?? '';
    return /html/i.test(type) || /^\s*</.test(response.body.slice(0, 1024));
}
function classify_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The gateway's code name (`INVALID_ARGS`, …) from the body or the X-Bkapi-Error-Code header. */
function gatewayCodeName(json, headers) {
    if (json !== undefined && typeof json.code_name === 'string')
        return json.code_name;
    const numeric = json?.code ?? headers.get('x-bkapi-error-code');
    const byCode = {
        '1640001': 'INVALID_ARGS',
        '1640101': 'APP_VERIFY_FAILED',
        '1640102': 'USER_VERIFY_FAILED',
        '1640301': 'APP_NO_PERMISSION',
        '1640401': 'API_NOT_FOUND',
        '1642902': 'RATE_LIMIT_RESTRICTION',
        '1650001': 'INTERNAL_SERVER_ERROR',
        '1650200': 'BAD_GATEWAY',
        '1650300': 'SERVICE_UNAVAILABLE',
        '1650401': 'REQUEST_BACKEND_TIMEOUT'
    };
    return typeof numeric === 'string' || typeof numeric === 'number'
        ? byCode[String(numeric)]
        : undefined;
}
/** BKFlow's own words: the body's `message`, else the gateway's error header, trimmed. */
function bkMessageOf(json, response, ctx) {
    if (json !== undefined && typeof json.message === 'string' && json.message.trim() !== '') {
        return trimQuote(json.message, ctx.redact);
    }
    const header = response.headers.get('x-bkapi-error-message');
    if (header !== null && header.trim() !== '')
        return trimQuote(header, ctx.redact);
    if (json === undefined && response.body.trim() !== '' && response.status >= 300) {
        return trimQuote(htmlTitle(response.body) ?? response.body, ctx.redact);
    }
    return undefined;
}
function htmlTitle(body) {
    const match = /<title>([^<]*)<\/title>/i.exec(body);
    return match?.[1];
}
/** B8: DRF serializer errors are a JSON object of field → messages. */
function isSerializerMessage(message) {
    if (!message.startsWith('{'))
        return false;
    try {
        return classify_isObject(JSON.parse(message));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/bkflow/limiter.ts
// The client-side limiter: at most `perMinute` requests in any 60-second window and `concurrency`
// in flight, across every task, on the injected clock.




const WINDOW_MS = 60_000;
/**
 * Sliding-window rate limit plus a concurrency semaphore. A request counts against the window
 * from when it is sent until 60 s after it *completed*: the server's arrival time lies somewhere
 * in between, so no server-side 60 s window can ever see more than `perMinute` arrivals,
 * whatever the latency.
 */
class RequestLimiter {
    options;
    slots = [];
    inFlight = 0;
    pausedUntil = 0;
    queue = Promise.resolve();
    wake;
    perMinute;
    concurrency;
    marginMs;
    constructor(options) {
        this.options = options;
        this.perMinute = Math.max(1, Math.floor(options.perMinute));
        this.concurrency = Math.max(1, Math.floor(options.concurrency));
        this.marginMs = options.marginMs ?? 250;
    }
    /**
     * Waits for a free slot, then returns the function to call once the response is complete.
     * A wait that would end after `deadline` (epoch ms on `now`) throws a 'deadline' BkflowError at
     * once, or when the deadline comes for a wait of unknown length (a slot still in flight).
     */
    async acquire(signal, deadline = Number.POSITIVE_INFINITY) {
        // Waiters queue in FIFO order and only the head one watches the clock, so a burst of a
        // thousand callers costs one timer, not a thousand.
        const previous = this.queue;
        let passOn;
        this.queue = new Promise((resolve) => (passOn = resolve));
        try {
            await untilSettledOrAborted(previous, signal);
            for (;;) {
                throwIfCancelled(signal);
                const now = this.options.now();
                this.prune(now);
                const waitMs = this.waitMs(now);
                if (waitMs === 0)
                    break;
                if (now + waitMs > deadline) {
                    if (Number.isFinite(waitMs) || now >= deadline)
                        throw this.pastDeadline(now, deadline);
                    if (await this.waitForRelease(deadline - now, signal)) {
                        throw this.pastDeadline(now, deadline);
                    }
                    continue;
                }
                await this.wait(waitMs, signal);
            }
        }
        finally {
            // A cancelled waiter still keeps the queue's order: its successor goes after its predecessor.
            void previous.then(passOn);
        }
        const slot = { at: this.options.now(), inFlight: true };
        this.slots.push(slot);
        this.inFlight += 1;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            slot.at = this.options.now();
            slot.inFlight = false;
            this.inFlight -= 1;
            this.wake?.();
        };
    }
    /** Holds every new request until `until` (epoch ms): the gateway said its window resets then. */
    pauseUntil(until) {
        this.pausedUntil = Math.max(this.pausedUntil, until);
    }
    // Why the head of the queue cannot go before `deadline`, as a permanent error for its task.
    // The gateway's pause is BKFlow refusing service (an error for the task, naming the 429); the
    // client's own budget or slots only mean no further look fits in the time left ('deadline').
    pastDeadline(now, deadline) {
        const left = `the ${secondsText(Math.max(0, deadline - now))} left before the task's timeout`;
        if (this.inFlight < this.concurrency && now < this.pausedUntil) {
            return new BkflowError({
                kind: 'rate_limited',
                retryable: false,
                message: `Not sent: the API gateway rate-limited this app (HTTP 429) and asked to wait ${secondsText(this.pausedUntil - now)}, longer than ${left}.`
            });
        }
        const names = this.options.settings ?? ACTION_SETTINGS;
        const why = this.inFlight >= this.concurrency
            ? `no request slot came free (${names.maxConcurrency} ${this.concurrency}) within ${left}`
            : `the ${names.rateLimit} budget (${this.perMinute} requests per minute) holds the next request longer than ${left}`;
        return new BkflowError({ kind: 'deadline', retryable: false, message: `Not sent: ${why}.` });
    }
    /** Requests currently in flight (for tests and reports). */
    get active() {
        return this.inFlight;
    }
    // 0 when a request may go now; otherwise how long to sleep, or Infinity to wait for a release.
    waitMs(now) {
        if (this.inFlight >= this.concurrency)
            return Number.POSITIVE_INFINITY;
        if (now < this.pausedUntil)
            return this.pausedUntil - now;
        if (this.slots.length < this.perMinute)
            return 0;
        const oldestDone = this.slots.find((s) => !s.inFlight);
        if (oldestDone === undefined)
            return Number.POSITIVE_INFINITY;
        return Math.max(1, oldestDone.at + WINDOW_MS + this.marginMs - now);
    }
    prune(now) {
        // Slots are kept ordered by `at` among completed ones only loosely; filter is exact and cheap.
        const cutoff = now - WINDOW_MS - this.marginMs;
        let kept = 0;
        for (const slot of this.slots) {
            if (slot.inFlight || slot.at > cutoff)
                this.slots[kept++] = slot;
        }
        this.slots.length = kept;
        this.slots.sort((a, b) => a.at - b.at);
    }
    // Sleeps on the injected clock, but wakes early when a request completes.
    /**
     * Waits for a request in flight to end, for at most `ms`; true when that time ran out. A real
     * timer, like a request's own timeout: a test's virtual clock cannot say when a release comes.
     */
    async waitForRelease(ms, signal) {
        let expired = false;
        let timer;
        const timeUp = new Promise((resolve) => {
            timer = setTimeout(() => {
                expired = true;
                resolve();
            }, clampTimer(ms));
        });
        const released = new Promise((resolve) => {
            this.wake = resolve;
        });
        // A listener on a local controller, removed afterwards: the caller's signal is long-lived.
        const stop = new AbortController();
        const onCancel = () => stop.abort();
        signal?.addEventListener('abort', onCancel, { once: true });
        if (signal?.aborted)
            stop.abort();
        try {
            await Promise.race([released, timeUp, aborted(stop.signal)]);
        }
        finally {
            clearTimeout(timer);
            this.wake = undefined;
            stop.abort();
            signal?.removeEventListener('abort', onCancel);
        }
        return expired;
    }
    async wait(ms, signal) {
        const wake = new AbortController();
        const onCancel = () => wake.abort();
        signal?.addEventListener('abort', onCancel, { once: true });
        const released = new Promise((resolve) => {
            this.wake = resolve;
        });
        try {
            if (Number.isFinite(ms)) {
                const slept = this.options.sleep(ms, wake.signal).catch(() => undefined);
                await Promise.race([slept, released]);
            }
            else {
                await Promise.race([released, aborted(wake.signal)]);
            }
        }
        finally {
            this.wake = undefined;
            wake.abort();
            signal?.removeEventListener('abort', onCancel);
        }
    }
}
// Resolves when `promise` does or `signal` aborts, without leaving a listener on a long-lived signal.
async function untilSettledOrAborted(promise, signal) {
    if (signal === undefined)
        return promise;
    let onAbort;
    const abort = new Promise((resolve) => {
        onAbort = () => resolve();
        if (signal.aborted)
            resolve();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([promise, abort]);
    }
    finally {
        if (onAbort !== undefined)
            signal.removeEventListener('abort', onAbort);
    }
}
function aborted(signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            resolve();
        else
            signal.addEventListener('abort', () => resolve(), { once: true });
    });
}
function throwIfCancelled(signal) {
    if (signal?.aborted) {
        throw new BkflowError({
            kind: 'cancelled',
            retryable: false,
            message: 'The request to BKFlow was cancelled.',
            cause: signal.reason
        });
    }
}

;// CONCATENATED MODULE: ./src/bkflow/parse.ts
// Defensive parsers for BKFlow payloads (bkflow-api.md §2.4, §5): typed trees, names and batch maps
// from whatever the API sends, tolerating its quirks and unknown extra fields.

/**
 * A state tree from `data` of get_task_states. Accepts the full engine tree, CREATED_STATUS
 * (`skip: 0`, null times) and bare `{"state": …}` objects; throws BkflowError 'malformed' only when
 * a node is not an object with a string state.
 */
function parseStateTree(data) {
    return parse_parseNode(data, '', ROOT, 0);
}
const ROOT = () => 'the state tree';
/** Far deeper than any pipeline nests subprocesses; deeper input is refused, not recursed into. */
const MAX_TREE_DEPTH = 200;
function parse_parseNode(value, keyId, where, depth) {
    if (!parse_isObject(value) || typeof value.state !== 'string') {
        throw parse_malformed(`${where()} is not an object with a string state`);
    }
    if (depth > MAX_TREE_DEPTH)
        throw parse_malformed(`the state tree is nested over ${MAX_TREE_DEPTH} levels deep`);
    const id = nonEmptyString(value.id) ?? keyId;
    return {
        id,
        state: value.state,
        retry: parse_count(value.retry, 0),
        loop: parse_count(value.loop, 1),
        skip: flag(value.skip),
        errorIgnored: flag(value.error_ignored),
        elapsedSec: parse_count(value.elapsed_time, 0),
        startTime: nonEmptyString(value.start_time) ?? null,
        finishTime: nonEmptyString(value.finish_time) ?? null,
        version: nonEmptyString(value.version) ?? null,
        children: parseChildren(value.children, id === '' ? where : () => `node ${id}`, depth + 1)
    };
}
// `children` is a map keyed by node id; an array is tolerated in case a proxy or a future version
// reshapes it. Missing or null means no reached children (bare `{"state": …}` roots).
function parseChildren(value, parent, depth) {
    if (Array.isArray(value)) {
        return value.map((child, i) => parse_parseNode(child, '', () => `child ${i} of ${parent()}`, depth));
    }
    if (!parse_isObject(value))
        return [];
    return Object.entries(value).map(([key, child]) => parse_parseNode(child, key, () => `child ${key} of ${parent()}`, depth));
}
/**
 * Runtime node id → what get_task_detail's `pipeline_tree` says of it: name, type, template node
 * id, component code and auto-retry settings, for activities and gateways at any depth (legacy
 * SubProcess activities nest a `pipeline`). Start and end events are left out.
 */
function parseNodeNames(pipelineTree) {
    const names = new Map();
    collectNames(pipelineTree, names, 0);
    return names;
}
// Depth is bounded so a cyclic or absurd payload cannot recurse without end.
const parse_MAX_DEPTH = 32;
function collectNames(tree, names, depth) {
    if (!parse_isObject(tree) || depth > parse_MAX_DEPTH)
        return;
    for (const section of ['activities', 'gateways']) {
        const entries = tree[section];
        if (!parse_isObject(entries))
            continue;
        for (const [key, node] of Object.entries(entries)) {
            if (!parse_isObject(node))
                continue;
            const id = nonEmptyString(node.id) ?? key;
            const entry = {
                name: typeof node.name === 'string' ? node.name : '',
                type: typeof node.type === 'string' ? node.type : section === 'gateways' ? 'Gateway' : ''
            };
            const templateNodeId = nonEmptyString(node.template_node_id);
            if (templateNodeId !== undefined)
                entry.templateNodeId = templateNodeId;
            const component = parse_isObject(node.component) ? nonEmptyString(node.component.code) : undefined;
            if (component !== undefined)
                entry.component = component;
            // The engine's retry needs the node's `retryable` flag: without it auto-retry cannot happen.
            const autoRetry = node.retryable === false ? undefined : parseAutoRetry(node.auto_retry);
            if (autoRetry !== undefined)
                entry.autoRetry = autoRetry;
            if (skipsOnTimeout(node.timeout_config))
                entry.skipsOnTimeout = true;
            names.set(id, entry);
            if (section === 'activities')
                collectNames(node.pipeline, names, depth + 1);
        }
    }
}
/** BKFlow's own cap on auto-retry times and interval (bkflow-api-2.md §6.2). */
const AUTO_RETRY_CAP = 10;
/**
 * An activity's `auto_retry` as BKFlow reads it at task creation (bkflow-api-2.md §6.2): only a
 * truthy `enable` counts; `times` and `interval` go through Python's int(), abs() and a cap of
 * 10, a missing `times` or a non-numeric value becoming 10, a missing interval 0.
 */
function parseAutoRetry(value) {
    if (!parse_isObject(value) || !pythonTruthy(value.enable))
        return undefined;
    return {
        times: engineInt(value.times, AUTO_RETRY_CAP),
        intervalSec: engineInt(value.interval, 0)
    };
}
/**
 * Whether a `timeout_config` registers a timeout that skips the node (bkflow-api-2.md §6.3): a
 * truthy `enable`, a non-zero JSON integer `seconds` (BKFlow skips "60" and 0 silently) and the
 * action `forced_fail_and_skip`.
 */
function skipsOnTimeout(value) {
    if (!parse_isObject(value) || !pythonTruthy(value.enable))
        return false;
    const seconds = value.seconds;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds === 0)
        return false;
    return value.action === 'forced_fail_and_skip';
}
function engineInt(value, missing) {
    if (value === undefined || value === null)
        return missing;
    let n;
    if (typeof value === 'number' && Number.isFinite(value))
        n = Math.trunc(value);
    else if (typeof value === 'boolean')
        n = value ? 1 : 0;
    else if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value))
        n = Number(value);
    else
        return AUTO_RETRY_CAP;
    return Math.min(Math.abs(n), AUTO_RETRY_CAP);
}
function pythonTruthy(value) {
    if (Array.isArray(value))
        return value.length > 0;
    if (parse_isObject(value))
        return Object.keys(value).length > 0;
    return Boolean(value);
}
/**
 * The `data` of get_tasks_states as task id → root state, for the ids that were asked for.
 * BKFlow omits unknown ids (they stay absent) and reports `null` when its per-task query failed.
 */
function parseBatchStates(data, requested) {
    if (!parse_isObject(data))
        throw parse_malformed('the batch answer is not an object of task states');
    const wanted = new Set(requested);
    const states = new Map();
    for (const [key, entry] of Object.entries(data)) {
        if (!/^\d+$/.test(key))
            continue;
        const taskId = Number(key);
        if (!wanted.has(taskId))
            continue;
        if (typeof entry === 'string')
            states.set(taskId, entry);
        else if (entry === null)
            states.set(taskId, null);
        else if (parse_isObject(entry) && (typeof entry.state === 'string' || entry.state === null)) {
            states.set(taskId, entry.state);
        }
        else if (parse_isObject(entry) && !('state' in entry))
            states.set(taskId, null);
        else
            throw parse_malformed(`the batch entry for task ${key} has no readable state`);
    }
    return states;
}
/**
 * The `data` of get_task_node_detail (bkflow-api-2.md §1). Tolerates every shape the engine sends:
 * a not-run node (`name`, `state: READY`, `ex_data: ""`), null times, `ex_data` as text, JSON or
 * null, outputs as a list (or a plain map), histories with or without `ex_data`. Throws
 * BkflowError 'malformed' only when `data` is not an object with a string state.
 */
function parseNodeDetail(data) {
    if (!parse_isObject(data) || typeof data.state !== 'string') {
        throw parse_malformed('the node detail is not an object with a string state');
    }
    const outputs = parseOutputs(data.outputs);
    const histories = (Array.isArray(data.histories) ? data.histories : [])
        .filter((h) => parse_isObject(h) && typeof h.state === 'string')
        .map((h) => ({
        retry: parse_count(h.retry, 0),
        loop: parse_count(h.loop, 1),
        state: h.state,
        version: nonEmptyString(h.version) ?? null,
        // A past loop's history items lack `ex_data`; it is still inside their outputs.
        exData: failureText('ex_data' in h ? h.ex_data : outputValue(parseOutputs(h.outputs), 'ex_data'))
    }))
        // Oldest first: BKFlow lists them by history row, but a proxy could reorder; loop, then retry.
        .sort((a, b) => a.loop - b.loop || a.retry - b.retry);
    return {
        state: data.state,
        version: nonEmptyString(data.version) ?? null,
        retry: parse_count(data.retry, 0),
        loop: parse_count(data.loop, 1),
        exData: failureText(data.ex_data),
        outputs,
        histories
    };
}
// `outputs` is a list of `{key, value, name?, preset}`; a plain `{key: value}` map is tolerated.
function parseOutputs(value) {
    if (parse_isObject(value))
        return Object.entries(value).map(([key, v]) => ({ key, value: v }));
    if (!Array.isArray(value))
        return [];
    const outputs = [];
    for (const entry of value) {
        if (!parse_isObject(entry) || typeof entry.key !== 'string')
            continue;
        const output = { key: entry.key, value: entry.value };
        if (typeof entry.name === 'string')
            output.name = entry.name;
        outputs.push(output);
    }
    return outputs;
}
function outputValue(outputs, key) {
    return outputs.find((o) => o.key === key)?.value;
}
// ex_data is usually text (plain, JSON or HTML), null on success and "" on a node that never ran;
// a structured value is kept as its JSON text. Empty means none.
function failureText(value) {
    if (value === null || value === undefined)
        return null;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text === undefined || text.trim() === '' ? null : text;
}
function parse_malformed(what) {
    return new BkflowError({
        kind: 'malformed',
        retryable: true,
        message: `BKFlow returned an unexpected payload: ${what}.`
    });
}
function parse_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function nonEmptyString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
// Integers arrive as numbers; numeric strings are tolerated. Anything else is the neutral value.
function parse_count(value, fallback) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))
        return Number(value);
    return fallback;
}
// `skip` is the number 0 in CREATED_STATUS and a boolean elsewhere.
function flag(value) {
    return value === true || value === 1 || value === 'true' || value === '1';
}

;// CONCATENATED MODULE: ./src/bkflow/transport.ts
// The HTTP edge of the client: the base URL, the auth header, the plain-http refusal, the proxy
// decision and the fetch that honours it.


/**
 * Parses and checks `api-url`. The path may or may not contain `/api/…` (installations differ);
 * a trailing slash is dropped so that resource paths, which keep theirs, join cleanly.
 * Throws 'config' for an unusable URL and 'insecure' for plain http to a non-loopback host; the
 * messages name the settings as `names` says (the action's inputs by default).
 */
function parseApiBase(apiUrl, allowHttp, names = ACTION_SETTINGS) {
    let url;
    try {
        url = new URL(apiUrl.trim());
    }
    catch {
        throw transport_configError(`${names.apiUrl} is not a valid URL: give the gateway base, such as https://bkapi.example.com/api/bk-flow-engine/prod.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw transport_configError(`${names.apiUrl} must use https:// (got ${url.protocol}//).`);
    }
    if (url.username !== '' || url.password !== '') {
        throw transport_configError(`${names.apiUrl} must not contain credentials: pass them as ${names.appCode} and ${names.appSecret}.`);
    }
    if (url.search !== '' || url.hash !== '') {
        throw transport_configError(`${names.apiUrl} must not contain a query or a fragment: give only the gateway base path.`);
    }
    if (url.protocol === 'http:' && !allowHttp && !isLoopbackHost(url.hostname)) {
        throw new BkflowError({
            kind: 'insecure',
            retryable: false,
            message: `${names.apiUrl} uses plain http:// to ${url.hostname}, which would send the app secret unencrypted: use https://, or ${names.allowHttp} if the network is trusted.`
        });
    }
    if (BAD_PORTS.has(url.port)) {
        throw transport_configError(`${names.apiUrl} uses port ${url.port}, a "bad port" that fetch refuses to connect to (it belongs to another protocol): check ${names.apiUrl}; the gateway listens on 443 or another web port.`);
    }
    const prefix = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    return { url, prefix };
}
/**
 * The Fetch standard's "bad ports" (as undici lists them): fetch fails at once on them with a bare
 * "fetch failed", which would otherwise be retried as a network failure until the timeout.
 */
const BAD_PORTS = new Set(('1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103 104 109 110 111 ' +
    '113 115 117 119 123 135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531 532 540 ' +
    '548 554 556 563 587 601 636 989 990 993 995 1719 1720 1723 2049 3659 4045 4190 5060 5061 6000 ' +
    '6566 6665 6666 6667 6668 6669 6679 6697 10080').split(' '));
/** Joins the base and a resource path that starts with `/` and keeps its trailing slash. */
function joinUrl(base, resourcePath) {
    return `${base.prefix}${resourcePath}`;
}
/** True for `localhost`, `*.localhost`, 127.0.0.0/8 and ::1 (as URL.hostname spells them). */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if (host === '::1' || host === '0:0:0:0:0:0:0:1')
        return true;
    if (/^::ffff:127\.\d+\.\d+\.\d+$/.test(host))
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** The JSON value of `X-Bkapi-Authorization`; the user identity keys are sent only when given. */
function buildAuthHeader(credentials) {
    const value = {
        bk_app_code: credentials.appCode,
        bk_app_secret: credentials.appSecret
    };
    if (credentials.username)
        value.bk_username = credentials.username;
    if (credentials.accessToken)
        value.access_token = credentials.accessToken;
    return JSON.stringify(value);
}
/**
 * The proxy to use for `target`, or undefined for a direct connection. Follows the convention of
 * @actions/http-client: `https_proxy`/`HTTPS_PROXY` for https targets, `http_proxy`/`HTTP_PROXY`
 * for http ones, `no_proxy`/`NO_PROXY` exclusions (`*`, hosts, `.domain` suffixes, `host:port`).
 * Loopback targets never go through a proxy.
 */
function proxyFor(target, env) {
    if (isLoopbackHost(target.hostname))
        return undefined;
    const pick = (...names) => names.map((n) => env[n]?.trim()).find((v) => v !== undefined && v !== '');
    const proxy = target.protocol === 'https:'
        ? pick('https_proxy', 'HTTPS_PROXY')
        : pick('http_proxy', 'HTTP_PROXY');
    if (proxy === undefined)
        return undefined;
    const noProxy = pick('no_proxy', 'NO_PROXY');
    if (noProxy !== undefined && isExcluded(target, noProxy))
        return undefined;
    return proxy;
}
function isExcluded(target, noProxy) {
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80';
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return true;
        const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:|$)/g, ''));
        const name = (match?.[1] ?? entry).replace(/^\*?\./, '');
        const entryPort = match?.[2];
        if (entryPort !== undefined && entryPort !== port)
            continue;
        if (host === name || host.endsWith(`.${name}`))
            return true;
    }
    return false;
}
/**
 * The fetch to use for `target`: `override` when given, the global fetch for direct connections,
 * or undici's fetch through a ProxyAgent (which tunnels with CONNECT) when a proxy applies.
 */
function selectFetch(target, env, override) {
    if (override !== undefined)
        return { fetch: override };
    const proxy = proxyFor(target, env);
    if (proxy === undefined)
        return { fetch: globalThis.fetch };
    try {
        new URL(proxy);
    }
    catch {
        throw transport_configError('The proxy URL in HTTPS_PROXY/HTTP_PROXY is not valid.');
    }
    // undici (~0.9 MB) is loaded only when a proxy applies: most runs connect directly.
    let agent;
    const proxied = async (input, init) => {
        agent ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4371, 19)).then((undici) => {
            try {
                return { agent: new undici.ProxyAgent(proxy), fetch: undici.fetch };
            }
            catch {
                throw transport_configError('The proxy URL in HTTPS_PROXY/HTTP_PROXY is not valid.');
            }
        });
        const { agent: dispatcher, fetch: undiciFetch } = await agent;
        return (await undiciFetch(String(input instanceof Request ? input.url : input), {
            ...init,
            dispatcher
        }));
    };
    return { fetch: proxied, proxy: redactProxy(proxy) };
}
// A proxy URL may carry user:password; only its host is ever shown.
function redactProxy(proxy) {
    try {
        const url = new URL(proxy);
        return `${url.protocol}//${url.host}`;
    }
    catch {
        return 'the configured proxy';
    }
}
function transport_configError(message) {
    return new BkflowError({ kind: 'config', retryable: false, message });
}

;// CONCATENATED MODULE: ./src/bkflow/client.ts
// The BKFlow client: the gate's endpoints, each request rate-limited, timed out, classified and
// retried until the caller's deadline.












/** About a minute of retries is enough to tell a wrong setup from a hiccup. */
const SETUP_BUDGET_MS = 60_000;
/** Far above the biggest real tree (100,000 nodes is about 30 MiB), far below what breaks V8. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/**
 * The deadline cuts a request in flight, but never to less than this: the first look at a task
 * happens even when its timeout is zero.
 */
const MIN_REQUEST_MS = 1000;
/** Socket and TLS errors that mean the setup is wrong (not a passing hiccup such as ECONNRESET). */
const SETUP_ERRORS = {
    ENOTFOUND: 'the host name does not resolve (DNS)',
    EAI_AGAIN: 'the host name could not be resolved (DNS)',
    EAI_FAIL: 'the host name could not be resolved (DNS)',
    ECONNREFUSED: 'the connection was refused',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    EADDRNOTAVAIL: 'the address is not available',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    ETIMEDOUT: 'the connection timed out',
    EPROTO: 'the TLS handshake failed',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate cannot be verified',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate issuer is unknown',
    CERT_HAS_EXPIRED: 'the TLS certificate has expired',
    ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate is for another host name',
    ERR_SSL_WRONG_VERSION_NUMBER: 'the server does not speak TLS on that port'
};
/** The batch endpoint has no size limit, but a bounded body keeps one slow task from stalling a round. */
const BATCH_SIZE = 100;
/** BKFlow's task-state API behind the BlueKing API gateway. */
class BkflowClient {
    options;
    /** HTTP requests sent per endpoint; every attempt counts. */
    counts;
    /** Create, start, revoke and list tasks (product.md §12), through this client's request path. */
    operations;
    base;
    header;
    redactor;
    proxy;
    setupBudgetMs;
    maxBodyBytes;
    /** Whether any request got an answer from BKFlow: after that, the setup is known to work. */
    answered = false;
    /** When the first setup failure happened (while nothing was answered yet). */
    setupFailingSince;
    limiter;
    fetchImpl;
    now;
    sleep;
    random;
    /** Per space: the batch size BKFlow last answered after a chunk had to be split. */
    batchFits = new Map();
    names;
    /** Throws BkflowError 'config' for a bad apiUrl or option, 'insecure' for plain http. */
    constructor(options) {
        this.options = options;
        const names = (this.names = options.settings ?? ACTION_SETTINGS);
        this.base = parseApiBase(options.apiUrl, options.allowHttp, names);
        if (options.appCode.trim() === '' || options.appSecret === '') {
            throw new BkflowError({
                kind: 'config',
                retryable: false,
                message: `${names.appCode} and ${names.appSecret} are required.`
            });
        }
        for (const [name, value] of [
            [names.rateLimit, options.rateLimitPerMinute],
            [names.maxConcurrency, options.maxConcurrency],
            [names.requestTimeout, options.requestTimeoutMs]
        ]) {
            if (!Number.isFinite(value) || value <= 0) {
                throw new BkflowError({
                    kind: 'config',
                    retryable: false,
                    message: `${name} must be a positive number (got ${value}).`
                });
            }
        }
        this.header = buildAuthHeader(options);
        this.redactor = new Redactor();
        for (const [name, secret] of [
            [names.appSecret, options.appSecret],
            [names.accessToken, options.accessToken ?? ''],
            ['authorization header', this.header]
        ]) {
            if (secret === '')
                continue;
            if (isMaskable(secret)) {
                this.redactor.add(secret);
                options.onSecret?.(secret);
            }
            else {
                options.onNotice?.(shortSecretNotice(name));
            }
        }
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? sleep;
        this.random = options.random ?? Math.random;
        this.setupBudgetMs = options.setupBudgetMs ?? SETUP_BUDGET_MS;
        this.maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
        const selected = selectFetch(this.base.url, options.env ?? process.env, options.fetch);
        this.fetchImpl = selected.fetch;
        this.proxy = selected.proxy;
        this.limiter = new RequestLimiter({
            perMinute: options.rateLimitPerMinute,
            concurrency: options.maxConcurrency,
            settings: names,
            now: this.now,
            sleep: this.sleep
        });
        this.counts = Object.fromEntries([...ENDPOINTS, ...OPERATION_ENDPOINTS].map((e) => [e, 0]));
        const send = (request) => this.request(request.endpoint, request.method, request.path, request.ids, request.call, request.body, request.interpret, request.hooks);
        this.operations = new TaskOperations(send, {
            username: options.username,
            hasUser: Boolean(options.username || options.accessToken)
        });
    }
    /** The task's state tree: get_task_states when the task has a space, else get_task_states_by_app. */
    async getTaskStates(ref, call) {
        const taskId = checkId(ref.taskId, 'task_id');
        const data = ref.spaceId === undefined
            ? await this.request('get_task_states_by_app', 'GET', `/task/${taskId}/get_task_states_by_app/`, { taskId }, call)
            : await this.request('get_task_states', 'GET', `/space/${checkId(ref.spaceId, 'space_id')}/task/${taskId}/get_task_states/`, { taskId, spaceId: ref.spaceId }, call);
        return parseStateTree(data);
    }
    /**
     * Root states of many tasks of one space, in POSTs of at most 100 ids (a chunk that times out or
     * fails with a 5xx is split, see batch.ts). Ids BKFlow omitted (unknown, deleted, other space)
     * are absent from the map; null is BKFlow's null state, or an id whose batch kept failing.
     */
    async getTasksStates(spaceId, taskIds, call) {
        checkId(spaceId, 'space_id');
        const ids = [...new Set(taskIds.map((id) => checkId(id, 'task_id')))];
        const size = this.batchFits.get(spaceId) ?? BATCH_SIZE;
        const chunks = [];
        for (let i = 0; i < ids.length; i += size)
            chunks.push(ids.slice(i, i + size));
        const progress = { read: false };
        const send = (chunk, mode) => this.request('get_tasks_states', 'POST', `/space/${spaceId}/get_tasks_states/`, { spaceId }, mode === 'split' ? { ...call, stopRetrying: isSizeFailure } : call, { task_ids: chunk }, (payload) => parseBatchStates(payload, chunk));
        const maps = await Promise.all(chunks.map((chunk) => readBatch(chunk, send, progress)));
        // The next round starts from the size BKFlow answered, instead of splitting all over again.
        if (progress.fits !== undefined)
            this.batchFits.set(spaceId, Math.min(size, progress.fits));
        const states = new Map();
        for (const map of maps)
            for (const [id, state] of map)
                states.set(id, state);
        return states;
    }
    /**
     * The task's name, space and pipeline nodes (names, template node ids, component codes,
     * auto-retry settings) from get_task_detail.
     */
    async getTaskDetail(ref, call) {
        const taskId = checkId(ref.taskId, 'task_id');
        const spaceId = checkId(ref.spaceId, 'space_id');
        return this.request('get_task_detail', 'GET', `/space/${spaceId}/task/${taskId}/get_task_detail/`, { taskId, spaceId }, call, undefined, (data) => {
            if (typeof data !== 'object' || data === null || Array.isArray(data)) {
                throw malformedDetail('the detail is not an object');
            }
            const detail = data;
            const tree = detail.pipeline_tree;
            if (typeof tree !== 'object' || tree === null) {
                throw malformedDetail('the detail has no pipeline_tree');
            }
            const space = detail.space_id;
            return {
                name: typeof detail.name === 'string' ? detail.name : undefined,
                ...(Number.isSafeInteger(space) && space > 0 && { spaceId: space }),
                names: parseNodeNames(tree)
            };
        });
    }
    /**
     * One node's detail from get_task_node_detail: state, version, retry, loop, its failure text,
     * outputs and earlier attempts. `componentCode` makes BKFlow name the plugin's declared outputs
     * (e.g. `subprocess_plugin` → `{ name: "任务ID", key: "task_id" }`); an unknown code fails.
     */
    async getTaskNodeDetail(ref, nodeId, call, options = {}) {
        const taskId = checkId(ref.taskId, 'task_id');
        const spaceId = checkId(ref.spaceId, 'space_id');
        // BKFlow routes node_id as `\w+`: anything else would never reach the node (or reach another path).
        if (!/^\w+$/.test(nodeId)) {
            throw new BkflowError({
                kind: 'config',
                retryable: false,
                message: `node_id must be letters, digits and underscores (got ${JSON.stringify(nodeId.slice(0, 80))}).`
            });
        }
        const query = options.componentCode === undefined
            ? ''
            : `?${new URLSearchParams({ component_code: options.componentCode }).toString()}`;
        return this.request('get_task_node_detail', 'GET', `/space/${spaceId}/task/${taskId}/node/${nodeId}/get_task_node_detail/${query}`, { taskId, spaceId }, call, undefined, parseNodeDetail);
    }
    // One logical request: attempts through the limiter, retried until success, a permanent error or
    // the deadline. `interpret` runs inside the retry so a malformed payload is retried too.
    // `hooks.settle` sees each failed attempt first: it may accept it or make it permanent.
    async request(endpoint, method, resourcePath, ids, call, body, interpret = (data) => data, hooks = {}) {
        const url = joinUrl(this.base, resourcePath);
        const ctx = {
            endpoint,
            method,
            path: new URL(url).pathname,
            appCode: this.options.appCode,
            redact: (text) => this.redact(text),
            settings: this.names,
            ...ids
        };
        try {
            return await retryWithDeadline(async () => {
                try {
                    const data = await this.attempt(url, ctx, body, call).catch((error) => {
                        throw stopped(error, call.stopRetrying);
                    });
                    try {
                        return interpret(data);
                    }
                    catch (error) {
                        if (error instanceof BkflowError) {
                            throw new BkflowError({
                                kind: error.kind,
                                retryable: error.retryable,
                                endpoint,
                                message: `${error.message} (${classify_describe(ctx)})`
                            });
                        }
                        throw error;
                    }
                }
                catch (error) {
                    if (hooks.settle === undefined || !(error instanceof BkflowError))
                        throw error;
                    if (error.kind === 'cancelled')
                        throw error;
                    const settled = hooks.settle(error);
                    if (settled instanceof BkflowError)
                        throw settled;
                    return settled.value;
                }
            }, {
                deadline: call.deadline,
                now: this.now,
                sleep: this.sleep,
                random: this.random,
                signal: call.signal,
                onRetry: ({ attempt, delayMs, error }) => this.options.onRetry?.({
                    endpoint,
                    attempt,
                    delayMs,
                    reason: this.redact(`${error.kind}: ${error.message}`)
                })
            });
        }
        catch (error) {
            throw this.redactError(error);
        }
    }
    // One HTTP exchange, body included, inside a limiter slot; the deadline bounds both.
    async attempt(url, ctx, body, call) {
        const { signal, deadline } = call;
        const release = await this.limiter.acquire(signal, deadline);
        this.counts[ctx.endpoint] += 1;
        // The deadline cuts the request when it comes before request-timeout does.
        const left = Math.max(deadline - this.now(), MIN_REQUEST_MS);
        const limitMs = Math.min(this.options.requestTimeoutMs, left);
        const cutByDeadline = left < this.options.requestTimeoutMs;
        // One controller per request, with a real timer and a listener removed afterwards: a poll makes
        // thousands of requests under one long-lived caller signal, which must not collect them.
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, clampTimer(limitMs));
        const onCancel = () => controller.abort(signal?.reason);
        if (signal?.aborted)
            controller.abort(signal.reason);
        else
            signal?.addEventListener('abort', onCancel, { once: true });
        let status;
        let headers;
        let text;
        try {
            const response = await this.fetchImpl(url, {
                method: ctx.method,
                headers: {
                    'X-Bkapi-Authorization': this.header,
                    Accept: 'application/json',
                    'User-Agent': 'bkflow-gate',
                    ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
                },
                body: body === undefined ? undefined : JSON.stringify(body),
                signal: controller.signal,
                // A redirect would carry X-Bkapi-Authorization to wherever it points: never follow one.
                redirect: 'manual'
            });
            status = response.status;
            headers = response.headers;
            text = await readBody(response, this.maxBodyBytes, ctx);
        }
        catch (error) {
            if (error instanceof BkflowError && !signal?.aborted && !timedOut)
                throw error;
            throw this.networkFailure(error, ctx, signal, timedOut && !cutByDeadline, timedOut);
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onCancel);
            release();
        }
        // A real answer never holds our credentials; one that echoes them (raw, JSON-escaped or in
        // any other encoding) must not carry them into a tree, a plan or a report. Parsing first
        // reveals what `\u` escapes hide; quotes of the raw text are redacted before they are cut.
        const parsed = parseRedacted(text, this.redactor);
        let outcome = classifyResponse({ status, headers, body: text, parsed }, ctx, this.now());
        if (outcome instanceof BkflowError && outcome.kind === 'unreachable') {
            outcome = this.setupFailure(outcome);
        }
        else {
            this.answered = true;
        }
        if (outcome instanceof BkflowError) {
            // The gateway's window is shared by every request of this app: hold them all, not just this one.
            if (outcome.kind === 'rate_limited' && outcome.retryAfterMs !== undefined) {
                this.limiter.pauseUntil(this.now() + outcome.retryAfterMs);
            }
            throw outcome;
        }
        return outcome.data;
    }
    networkFailure(error, ctx, signal, timedOut, cutByDeadline) {
        if (signal?.aborted) {
            return new BkflowError({
                kind: 'cancelled',
                retryable: false,
                endpoint: ctx.endpoint,
                message: 'The request to BKFlow was cancelled.',
                cause: error
            });
        }
        if (timedOut) {
            return new BkflowError({
                kind: 'timeout',
                retryable: true,
                endpoint: ctx.endpoint,
                message: `BKFlow did not answer ${classify_describe(ctx)} within ${this.options.requestTimeoutMs} ms (${this.names.requestTimeout}).`
            });
        }
        if (cutByDeadline) {
            return new BkflowError({
                kind: 'deadline',
                retryable: false,
                endpoint: ctx.endpoint,
                message: `BKFlow had not answered ${classify_describe(ctx)} when the task's timeout came: the request was cut.`
            });
        }
        const code = errorCode(error);
        const setup = code === undefined ? undefined : SETUP_ERRORS[code];
        if (setup !== undefined) {
            const via = this.proxy === undefined ? '' : ` through the proxy ${this.proxy}`;
            const check = this.proxy === undefined
                ? `check ${this.names.apiUrl} (and HTTPS_PROXY / NO_PROXY if this network needs a proxy)`
                : `check ${this.names.apiUrl} and the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)`;
            return this.setupFailure(new BkflowError({
                kind: 'unreachable',
                retryable: true,
                endpoint: ctx.endpoint,
                message: `BKFlow cannot be reached at ${this.base.url.host}${via}: ${setup} (${this.redact(networkReason(error))}): ${check}.`
            }));
        }
        return new BkflowError({
            kind: 'transient',
            retryable: true,
            endpoint: ctx.endpoint,
            message: `The connection to BKFlow failed on ${classify_describe(ctx)}: ${this.redact(networkReason(error))}.`
        });
    }
    // Until something was answered, a setup failure is retried only within the setup budget.
    setupFailure(error) {
        if (this.answered)
            return error;
        const now = this.now();
        this.setupFailingSince ??= now;
        const retryUntil = this.setupFailingSince + this.setupBudgetMs;
        const spent = now >= retryUntil;
        return new BkflowError({
            kind: error.kind,
            retryable: !spent,
            endpoint: error.endpoint,
            status: error.status,
            message: spent
                ? `${error.message} (still failing after ${secondsText(now - this.setupFailingSince)}: not retried any more)`
                : error.message,
            retryUntil
        });
    }
    redact(text) {
        return this.redactor.redact(text);
    }
    // Defence in depth: no classified message should hold a secret, but BKFlow's quoted text or a
    // network error could echo one.
    redactError(error) {
        if (!(error instanceof BkflowError))
            return error;
        const message = this.redact(error.message);
        const bkMessage = error.bkMessage === undefined ? undefined : this.redact(error.bkMessage);
        if (message === error.message && bkMessage === error.bkMessage)
            return error;
        const clean = new BkflowError({
            kind: error.kind,
            retryable: error.retryable,
            endpoint: error.endpoint,
            status: error.status,
            bkMessage,
            retryAfterMs: error.retryAfterMs,
            message
        });
        clean.attempts = error.attempts;
        return clean;
    }
}
/** The failure as permanent when the caller asked for it back at once; else unchanged. */
function stopped(error, stopRetrying) {
    if (!(error instanceof BkflowError) || !error.retryable || !stopRetrying?.(error))
        return error;
    return new BkflowError({
        kind: error.kind,
        retryable: false,
        endpoint: error.endpoint,
        status: error.status,
        bkMessage: error.bkMessage,
        message: error.message,
        cause: error
    });
}
/** The socket or TLS error code undici puts in `cause` (ECONNREFUSED, CERT_HAS_EXPIRED, …). */
function errorCode(error) {
    // By shape, not class: fetch's errors may come from another realm (a test VM, a bundled undici).
    const cause = isRecord(error) ? error.cause : undefined;
    const code = isRecord(cause) ? cause.code : undefined;
    return typeof code === 'string' ? code : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
/**
 * The body as text, counted while it streams: over `maxBytes` the read stops and the answer is a
 * permanent error (asking again would only fetch the same flood).
 */
async function readBody(response, maxBytes, ctx) {
    const tooLarge = () => new BkflowError({
        kind: 'too_large',
        retryable: false,
        endpoint: ctx.endpoint,
        status: response.status,
        message: `BKFlow's answer to ${classify_describe(ctx)} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB, far more than any real task: the gate stopped reading it. Check ${settingNames(ctx).apiUrl} and any proxy in between.`
    });
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge();
    }
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(value);
    }
    // TextDecoder drops a UTF-8 BOM, as response.text() does.
    return new TextDecoder().decode(Buffer.concat(chunks, total));
}
/** The body parsed as JSON with every string and key redacted, or undefined when it is not JSON. */
function parseRedacted(text, redactor) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return { value: redactor.redactValue(value) };
}
function networkReason(error) {
    if (!isRecord(error))
        return String(error);
    // undici reports "fetch failed" and puts the socket error (ECONNRESET, …) in `cause`; by shape,
    // as errorCode, since the error may come from another realm.
    const cause = error.cause;
    if (isRecord(cause) && typeof cause.message === 'string') {
        const code = errorCode(error);
        return code === undefined ? cause.message : `${code} (${cause.message})`;
    }
    return typeof error.message === 'string' ? error.message : String(error);
}
function checkId(value, name) {
    if (!Number.isSafeInteger(value) || value <= 0) {
        throw new BkflowError({
            kind: 'config',
            retryable: false,
            message: `${name} must be a positive integer (got ${String(value)}).`
        });
    }
    return value;
}
function malformedDetail(what) {
    return new BkflowError({
        kind: 'malformed',
        retryable: true,
        message: `BKFlow returned an unexpected payload: ${what}.`
    });
}

;// CONCATENATED MODULE: ./src/bkflow/index.ts
// The BKFlow client's public surface: the scheduler and the CLI import from here only.




;// CONCATENATED MODULE: ./src/cli/credentials.ts
// BKFlow credentials and connection settings for the CLI: from the environment (product.md §6),
// with --api-url, --allow-http and the request limits on the command line. Every problem is a
// bad setting named as the CLI spells it (BKFLOW_* variables and flags), never an action input.



/** The environment variables the CLI reads, for every command's help. */
const CREDENTIAL_HELP = [
    'Credentials come from the environment: BKFLOW_APP_CODE, BKFLOW_APP_SECRET (required),',
    'BKFLOW_USERNAME or BKFLOW_ACCESS_TOKEN (needed for tasks without space_id), and',
    'BKFLOW_API_URL (or --api-url), e.g. https://bkapi.example.com/api/bk-flow-engine/prod.'
];
/**
 * A client built from the environment and the flags, or one line per bad setting. Its secrets are
 * registered for every printer to mask; `notice` hears that a secret was too short to mask.
 */
function clientFromEnv(env, flags, notice = () => { }) {
    const apiUrl = flags.apiUrl ?? env.BKFLOW_API_URL;
    const appCode = env.BKFLOW_APP_CODE;
    const appSecret = env.BKFLOW_APP_SECRET;
    const errors = [];
    if (!apiUrl)
        errors.push('BKFLOW_API_URL is not set (or pass --api-url URL).');
    if (!appCode)
        errors.push('BKFLOW_APP_CODE is not set.');
    if (!appSecret)
        errors.push('BKFLOW_APP_SECRET is not set.');
    if (!apiUrl || !appCode || !appSecret)
        return { errors };
    try {
        return { client: newClient(env, flags, { apiUrl, appCode, appSecret }, notice) };
    }
    catch (error) {
        // A setting the client refuses (a bad URL, a bad port, plain http): say which, in the CLI's
        // names, not "unexpected".
        if (isBkflowError(error))
            return { errors: [error.message] };
        throw error;
    }
}
function newClient(env, flags, { apiUrl, appCode, appSecret }, notice) {
    return new BkflowClient({
        apiUrl,
        appCode,
        appSecret,
        username: env.BKFLOW_USERNAME || undefined,
        accessToken: env.BKFLOW_ACCESS_TOKEN || undefined,
        rateLimitPerMinute: flags.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute,
        maxConcurrency: flags.maxConcurrency ?? DEFAULTS.maxConcurrency,
        requestTimeoutMs: flags.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
        allowHttp: flags.allowHttp ?? false,
        settings: cliSettings(flags.apiUrl !== undefined),
        env,
        onSecret: registerSecret,
        onNotice: notice
    });
}
/** Prints each bad setting as `bkflow-gate COMMAND: bad setting: …`. */
function reportBadSettings(output, command, errors) {
    for (const error of errors)
        output.err(`bkflow-gate ${command}: bad setting: ${error}`);
}

;// CONCATENATED MODULE: ./src/cli/output.ts
// The only module of the CLI that writes to the terminal; everything else returns text.

/**
 * Writes to the process's stdout and stderr. The CLI may run inside a GitHub Actions step, so no
 * line it prints may start a workflow command (outside text is already escaped where it is built).
 */
const consoleOutput = {
    out: (text) => console.log(guardCommands(text)),
    err: (text) => console.error(guardCommands(text))
};
/**
 * `FILE:LINE:COLUMN: error CODE: message`, then the source line and a caret under the column
 * (tabs kept, so the caret lines up in any terminal). The source lines are left out when the
 * position is not in the text (a file too large to read, for instance).
 */
function formatDiagnostic(d, sourceText) {
    const head = `${plainText(d.file)}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${plainText(d.message)}`;
    const lines = sourceText.split(/\r?\n/);
    const source = lines[d.line - 1];
    if (source === undefined || sourceText === '' || d.column < 1)
        return head;
    // The source line is the user's file, shown as text: no terminal escape in it may run.
    const shown = stripControls(source.replace(/\r$/, ''));
    const pad = shown.slice(0, d.column - 1).replace(/[^\t]/g, ' ');
    return `${head}\n${shown}\n${pad}^`;
}

;// CONCATENATED MODULE: ./src/cli/vars.ts
// The --var flags that check and validate share: KEY=VALUE entries, each bad one named, with the
// likely fix for the commonest slip, `--var K 108` (which would read 108 as a second SPEC).

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The variables of the `--var` values, or one line per bad entry. */
function parseVarFlags(argv, entries) {
    const label = (index) => `--var #${index + 1}`;
    const { vars, errors } = parseVarEntries(entries, label);
    if (errors.length === 0)
        return { vars };
    const hints = slipHints(argv);
    return {
        errors: errors.map((error) => {
            const index = hints.findIndex((_, i) => error.startsWith(`${label(i)}:`));
            return index >= 0 && hints[index] ? `${error} ${hints[index]}` : error;
        })
    };
}
/** Per --var, in order: `Did you mean --var K=108?` when `--var K` is followed by a bare argument. */
function slipHints(argv) {
    const hints = [];
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--')
            break;
        if (argv[i].startsWith('--var='))
            hints.push('');
        if (argv[i] !== '--var')
            continue;
        const [name, next] = [argv[i + 1] ?? '', argv[i + 2]];
        const slip = NAME_RE.test(name) && next !== undefined && !next.startsWith('-');
        hints.push(slip ? `Did you mean --var ${name}=${next}?` : '');
        i++;
    }
    return hints;
}

;// CONCATENATED MODULE: ./src/cli/commands/check.ts
// `bkflow-gate check SPEC`: the gate from a terminal or any CI — poll BKFlow, print the plan, exit
// 0 pass / 2 fail / 1 error (product.md §6), 130 / 143 when cancelled (see ../index.ts).















const OPTIONS = {
    mode: { type: 'string' },
    'api-url': { type: 'string' },
    timeout: { type: 'string' },
    interval: { type: 'string' },
    'request-timeout': { type: 'string' },
    'max-concurrency': { type: 'string' },
    'rate-limit': { type: 'string' },
    var: { type: 'string', multiple: true },
    shard: { type: 'string' },
    'on-cancel': { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
    'allow-http': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const EXIT_FOR = { pass: EXIT.ok, fail: EXIT.failed, error: EXIT.error };
const checkCommand = {
    name: 'check',
    usage: 'check SPEC [--mode wait|check] [--api-url URL] [--timeout D] [--interval D] [--var KEY=VALUE]... [--shard I/N] [--on-cancel leave|revoke] [--json] [--report FILE] [--request-timeout D] [--max-concurrency N] [--rate-limit N] [--allow-http]',
    synopsis: 'check SPEC [options]',
    summary: 'Poll BKFlow until the spec’s tasks settle and print the plan.',
    help: [
        'Checks every task of SPEC against BKFlow and prints a Terraform-like plan.',
        '',
        'Options:',
        '  --mode wait|check      wait (default): poll until each task settles or times out;',
        '                         check: one look, no waiting.',
        '  --api-url URL          The gateway base URL (default: $BKFLOW_API_URL).',
        '  --timeout D            How long to wait for each task (e.g. 30m, 1h30m). Wins over the spec.',
        '  --interval D           Base poll interval (e.g. 15s). Wins over the spec.',
        '  --var KEY=VALUE        Define ${KEY} for ids, create.name, create.constants (repeatable).',
        '  --shard I/N            Check only a stable slice of the tasks.',
        '  --on-cancel leave|revoke  On Ctrl-C / SIGTERM, or when a task it created times out:',
        '                         leave (default) or revoke the tasks this run created.',
        '  --json                 Print the JSON report (schemas/report.schema.json), not the plan.',
        '  --report FILE          Also write the JSON report to FILE (its directory must exist).',
        '  --request-timeout D    Timeout of one HTTP request (default 30s).',
        '  --max-concurrency N    Requests in flight at once, 1 to 64 (default 4).',
        `  --rate-limit N         Requests per minute, all tasks together, up to ${GATEWAY_QUOTA_PER_MINUTE} (default 600).`,
        '  --allow-http           Permit plain http:// to a host that is not loopback.',
        '  -h, --help             Show this help.',
        '',
        'A task’s timeout and interval come from the command line, else the task, else the spec’s',
        'defaults, else the built-in 30m and 15s.',
        '',
        ...CREDENTIAL_HELP,
        '',
        'Exit codes: 0 every expectation met, 2 not met (or pending), 1 error (invalid spec or',
        'arguments, a bad setting, credentials rejected, BKFlow unreachable), 130 cancelled by Ctrl-C',
        '(SIGINT), 143 cancelled by SIGTERM.'
    ].join('\n'),
    async run(argv, { output, env, signal, isTTY }) {
        // Each problem on its own line, then the usage once.
        const usageError = (...problems) => {
            const lines = problems.map((problem) => `bkflow-gate check: ${problem}`);
            output.err(`${lines.join('\n')}\n${usageLine(checkCommand)}`);
            return EXIT.error;
        };
        const args = parseArgs(argv, OPTIONS);
        if (!args.ok)
            return usageError(args.error);
        const flags = args.values;
        if (flags.help) {
            output.out(`${usageLine(checkCommand)}\n\n${checkCommand.help}`);
            return EXIT.ok;
        }
        // Before the SPEC count: `--var K 108` is a --var without `=`, not a second SPEC.
        const vars = parseVarFlags(argv, flags.var ?? []);
        if ('errors' in vars)
            return usageError(...vars.errors);
        const [specPath, ...extra] = args.positionals;
        if (specPath === undefined)
            return usageError('missing SPEC');
        if (extra.length > 0) {
            return usageError(`unexpected argument "${extra[0]}": give one SPEC (it is "${specPath}")`);
        }
        const mode = flags.mode ?? 'wait';
        if (mode !== 'wait' && mode !== 'check') {
            return usageError(`--mode is "${mode}"; expected wait or check`);
        }
        const problems = [];
        const read = (name, reader) => {
            const text = flags[name];
            if (typeof text !== 'string')
                return undefined;
            const result = reader(text);
            if (result.ok)
                return result.value;
            problems.push(`--${name} "${text}": ${result.expected}`);
            return undefined;
        };
        const positive = (text) => readDuration(text, { positive: true });
        const timeoutMs = read('timeout', readDuration);
        const intervalMs = read('interval', positive);
        const requestTimeoutMs = read('request-timeout', positive);
        const maxConcurrency = read('max-concurrency', (text) => readCount(text, MAX_CONCURRENCY));
        const rateLimitPerMinute = read('rate-limit', (text) => readCount(text, GATEWAY_QUOTA_PER_MINUTE));
        let shard;
        if (flags.shard !== undefined) {
            const parsed = parseShard(flags.shard);
            if ('error' in parsed)
                problems.push(`--shard "${flags.shard}": ${parsed.error}`);
            else
                shard = parsed;
        }
        const onCancel = (flags['on-cancel'] ?? 'leave');
        if (!ON_CANCEL.includes(onCancel)) {
            problems.push(`--on-cancel "${flags['on-cancel']}": expected leave or revoke`);
        }
        if (problems.length > 0)
            return usageError(...problems);
        // A report that cannot be written is found now, not after a wait of up to the timeout.
        if (flags.report !== undefined) {
            const problem = await unwritable(flags.report);
            if (problem) {
                output.err(`bkflow-gate check: --report ${flags.report}: ${problem}`);
                return EXIT.error;
            }
        }
        const loaded = await loadSpecFile(specPath, {
            vars: vars.vars,
            env,
            overrides: { timeoutMs, intervalMs },
            shard,
            settings: cliSettings(flags['api-url'] !== undefined)
        });
        if ('error' in loaded) {
            output.err(`bkflow-gate check: ${loaded.error}`);
            return EXIT.error;
        }
        const { text, spec, diagnostics } = loaded;
        if (!spec) {
            for (const d of diagnostics)
                output.err(formatDiagnostic(d, text));
            output.err(`${specPath}: invalid spec; nothing was checked.`);
            return EXIT.error;
        }
        const connection = clientFromEnv(env, {
            apiUrl: flags['api-url'],
            allowHttp: flags['allow-http'],
            requestTimeoutMs,
            maxConcurrency,
            rateLimitPerMinute
        }, (notice) => output.err(`bkflow-gate check: ${notice}`));
        if ('errors' in connection) {
            reportBadSettings(output, 'check', connection.errors);
            return EXIT.error;
        }
        const { client } = connection;
        const progress = progressLines();
        const polled = await runTasks(spec, {
            mode,
            client,
            counts: client.counts,
            driver: client.operations,
            runName: new Date().toISOString(),
            now: Date.now,
            sleep: sleep,
            signal,
            // Progress goes to stderr so that stdout holds only the plan or the JSON; each event quotes
            // labels, states and messages from outside, so it is flattened and escaped first.
            emit: (message) => output.err(plainText(message)),
            onEvent: (event) => output.err(plainText(progress(event)))
        });
        const run = onCancel === 'revoke'
            ? await revokeCreated(polled.run, polled.created, {
                driver: client.operations,
                now: Date.now,
                emit: (message) => output.err(plainText(message))
            })
            : polled.run;
        // The report can be large (every node of every task): build it only when it is asked for.
        const report = flags.report || flags.json ? safe_text_escapeJsonText(JSON.stringify(toJsonReport(run), null, 2)) : '';
        if (flags.json)
            output.out(report);
        else {
            output.out(planText(run, { color: shouldColor({ isTTY }, env) }));
            // The ids of created and selected tasks, for the next command (labels come from the spec).
            if (spec.tasks.some((task) => task.source !== undefined)) {
                output.out(`task-ids: ${taskIdsJson(run)}`);
            }
        }
        if (flags.report) {
            // The verdict is already printed; a failed write is one more line, never a different exit.
            try {
                await (0,promises_namespaceObject.writeFile)(flags.report, report + '\n');
            }
            catch (error) {
                output.err(`bkflow-gate check: could not write --report ${flags.report}: ${reason(error)}`);
            }
        }
        return EXIT_FOR[run.result];
    }
};
/** Why a report could not be written to `file`, or undefined when it can be (as far as we can tell). */
async function unwritable(file) {
    const dir = external_node_path_default().dirname(external_node_path_default().resolve(file));
    try {
        const info = await (0,promises_namespaceObject.stat)(dir);
        if (!info.isDirectory())
            return `${external_node_path_default().dirname(file)} is not a directory`;
    }
    catch {
        return `the directory ${external_node_path_default().dirname(file)} does not exist; create it first`;
    }
    try {
        await (0,promises_namespaceObject.access)(dir, external_node_fs_namespaceObject.constants.W_OK);
    }
    catch {
        return `the directory ${external_node_path_default().dirname(file)} is not writable`;
    }
    try {
        if ((await (0,promises_namespaceObject.stat)(file)).isDirectory())
            return 'it is a directory; give a file name';
    }
    catch {
        // No file yet: it will be created.
    }
    return undefined;
}
function reason(error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT')
        return 'its directory no longer exists';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return code || (error instanceof Error ? error.message : String(error));
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts
// `bkflow-gate init --task ID [--space ID] [--pin]`: print a spec of a task as it is now, with
// node names as comments beside their ids, so a known-good run can be snapshotted into a spec. By
// default the spec is reusable (template node ids, `task_id: ${TASK_ID}`); --pin keeps this
// task's runtime ids and id.






const init_OPTIONS = {
    task: { type: 'string' },
    space: { type: 'string' },
    'api-url': { type: 'string' },
    'allow-http': { type: 'boolean' },
    pin: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const USAGE = 'init --task ID [--space ID] [--pin] [--api-url URL]';
/** The variable a reusable spec reads its task id from. */
const TASK_VAR = 'TASK_ID';
/** One read of a task, bounded: init is interactive and should not retry for long. */
const INIT_DEADLINE_MS = 60_000;
const POSITIVE_INT = /^[1-9][0-9]{0,15}$/;
const initCommand = {
    name: 'init',
    usage: USAGE,
    summary: 'Print a spec of a task as it is now (node names as comments).',
    help: [
        'Reads a task from BKFlow and prints a spec that expects exactly what the task shows now:',
        'its state and, per node, the state, the retry count (as max_retry), and skip /',
        'error_ignored when set. Node names from the pipeline are written as comments (names need',
        '--space). Edit the result, then check it with `bkflow-gate validate`.',
        '',
        'The spec is reusable: BKFlow gives every task new runtime node ids, so nodes are written',
        `by their template node ids (the same in every task of the template) and the task id as`,
        `\${${TASK_VAR}}: set ${TASK_VAR} to the task each run should check. Template node ids come`,
        'from the task detail, which needs --space; without it, or with --pin, the spec names this',
        'task and its runtime ids. The child task of a subprocess node is read too: its nodes are',
        'written under the node’s own `nodes:`.',
        '',
        'Options:',
        '  --task ID      The task id (required).',
        '  --space ID     The task’s space; without it the app-bound endpoint is used.',
        '  --pin          Write this task’s id and runtime node ids (a spec for this task only).',
        '  --api-url URL  The gateway base URL (default: $BKFLOW_API_URL).',
        '  --allow-http   Permit plain http:// to a host that is not loopback.',
        '  -h, --help     Show this help.',
        '',
        ...CREDENTIAL_HELP,
        '',
        'Exit codes: 0 the spec was printed, 1 error.'
    ].join('\n'),
    async run(argv, { output, env, signal }) {
        const usageError = (problem) => {
            output.err(`bkflow-gate init: ${problem}\nUsage: bkflow-gate ${USAGE}`);
            return EXIT.error;
        };
        const args = parseArgs(argv, init_OPTIONS);
        if (!args.ok)
            return usageError(args.error);
        const flags = args.values;
        if (flags.help) {
            output.out(`Usage: bkflow-gate ${USAGE}\n\n${initCommand.help}`);
            return EXIT.ok;
        }
        if (args.positionals.length > 0)
            return usageError(`unexpected ${args.positionals[0]}`);
        if (!flags.task || !POSITIVE_INT.test(flags.task)) {
            return usageError(flags.task ? `--task "${flags.task}" is not a task id` : 'missing --task ID');
        }
        if (flags.space !== undefined && !POSITIVE_INT.test(flags.space)) {
            return usageError(`--space "${flags.space}" is not a space id`);
        }
        const taskId = Number(flags.task);
        const spaceId = flags.space === undefined ? undefined : Number(flags.space);
        const connection = clientFromEnv(env, { apiUrl: flags['api-url'], allowHttp: flags['allow-http'] }, (notice) => output.err(`bkflow-gate init: ${notice}`));
        if ('errors' in connection) {
            reportBadSettings(output, 'init', connection.errors);
            return EXIT.error;
        }
        const { client } = connection;
        const call = { deadline: Date.now() + INIT_DEADLINE_MS, signal };
        try {
            const tree = await client.getTaskStates({ taskId, spaceId }, call);
            const detail = spaceId === undefined ? undefined : await client.getTaskDetail({ taskId, spaceId }, call);
            const pin = flags.pin === true || detail === undefined;
            if (!flags.pin && detail === undefined) {
                output.err('bkflow-gate init: without --space there are no template node ids: the spec names this task and its runtime ids (this task only).');
            }
            const snapshot = { taskId, spaceId, tree, name: detail?.name, names: detail?.names };
            await readChildren(client, snapshot, call, 0);
            output.out(snapshotSpec(snapshot, new Date(), pin));
            return EXIT.ok;
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            output.err(`bkflow-gate init: ${plainText(message)}`);
            return EXIT.error;
        }
    }
};
/** Deeper than any real nesting of templates; a cycle in hostile data stops here. */
const MAX_SUBPROCESS_DEPTH = 8;
/**
 * Reads the child task of every subprocess node that has run (bkflow-api-2.md §7): its id from
 * the node's task_id output, its space from its detail, its tree; children of children too. A
 * child that cannot be read is noted in the spec rather than failing init.
 */
async function readChildren(client, s, call, depth) {
    if (s.spaceId === undefined || !s.names || depth >= MAX_SUBPROCESS_DEPTH)
        return;
    const spaceId = s.spaceId;
    for (const node of reachedNodes(s.tree)) {
        if (s.names.get(node.id)?.component !== 'subprocess_plugin')
            continue;
        s.children ??= new Map();
        try {
            const detail = await client.getTaskNodeDetail({ taskId: s.taskId, spaceId }, node.id, call, {
                componentCode: 'subprocess_plugin'
            });
            const childId = childTaskId(detail.outputs);
            if (childId === undefined) {
                s.children.set(node.id, { unread: 'BKFlow reports no child task for it yet' });
                continue;
            }
            const childDetail = await client.getTaskDetail({ taskId: childId, spaceId }, call);
            const childSpace = childDetail.spaceId ?? spaceId;
            const childTree = await client.getTaskStates({ taskId: childId, spaceId: childSpace }, call);
            const child = {
                taskId: childId,
                spaceId: childSpace,
                tree: childTree,
                names: childDetail.names
            };
            await readChildren(client, child, call, depth + 1);
            s.children.set(node.id, child);
        }
        catch (error) {
            if (call.signal?.aborted)
                throw error;
            s.children.set(node.id, { unread: error instanceof Error ? error.message : String(error) });
        }
    }
}
/**
 * The spec text for a task as it is now. Nodes are every reached node that is an activity or a
 * gateway (start and end events are left out when names are known), at any depth, in tree order.
 * Reusable (`pin` false, names known): the task id is `${TASK_ID}` and nodes are given by their
 * template node id, else by a name no other node has; a node with neither is left out, in a
 * comment. Pinned: this task's id and runtime node ids.
 */
function snapshotSpec(s, at, pin) {
    const where = s.spaceId === undefined ? '' : ` (space ${s.spaceId})`;
    const lines = [
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/bkflow-gate/bkflow-gate/v1/schemas/spec.schema.json',
        `# Generated by bkflow-gate init from task ${s.taskId}${where}${s.name && !pin ? ` (${quotedString(comment(s.name).slice(0, 200))})` : ''} at ${at.toISOString()},`,
        `# when it was ${comment(s.tree.state)}. Edit it to say what must hold, then run bkflow-gate validate.`
    ];
    if (!pin) {
        lines.push('# Reusable: nodes are given by their template node ids, the same in every task of the template;', `# set ${TASK_VAR} to the task to check (\`init --pin\` writes this task's id and runtime ids).`);
    }
    lines.push('version: 1', 'tasks:', `  - task_id: ${pin ? s.taskId : `\${${TASK_VAR}}`}`);
    if (s.spaceId !== undefined)
        lines.push(`    space_id: ${s.spaceId}`);
    // A reusable spec checks other tasks too: this task's name would mislabel them. The spec is
    // meant to be committed: nothing from BKFlow may carry a secret or a control into it.
    if (s.name && pin)
        lines.push(`    label: ${quotedString(plainText(s.name).slice(0, 200))}`);
    lines.push(`    state: ${stateValue(s.tree.state)}`);
    const entries = nodeEntries(s, pin, 6);
    if (entries.length > 0)
        lines.push('    nodes:', ...entries);
    return lines.join('\n');
}
/**
 * The `nodes:` entries of one task level, each `- ` at `indent` spaces; a subprocess node's child
 * task gets its own `nodes:` under it, one level deeper.
 */
function nodeEntries(s, pin, indent) {
    const dash = ' '.repeat(indent);
    const field = ' '.repeat(indent + 2);
    const nodes = reachedNodes(s.tree).filter((n) => !s.names || s.names.has(n.id));
    const uniqueNames = pin || !s.names ? new Set() : namesUsedOnce(s.names);
    const entries = [];
    for (const node of nodes) {
        const name = s.names?.get(node.id)?.name;
        const templateId = s.names?.get(node.id)?.templateNodeId;
        let key;
        if (pin)
            key = `id: ${plainOrQuoted(node.id)}${name ? ` # ${comment(name)}` : ''}`;
        else if (templateId)
            key = `id: ${plainOrQuoted(templateId)}${name ? ` # ${comment(name)}` : ''}`;
        else if (name && uniqueNames.has(name))
            key = `name: ${quotedString(name)}`;
        else {
            // A nested (legacy subprocess) node has no template node id; a shared name cannot pick it.
            entries.push(`${dash}# not listed: ${comment(name || node.id)} has no template node id and no unique name`);
            continue;
        }
        entries.push(`${dash}- ${key}`, `${field}state: ${stateValue(node.state)}`);
        entries.push(`${field}max_retry: ${Number.isSafeInteger(node.retry) ? node.retry : 0}`);
        if (node.skip)
            entries.push(`${field}skip: true`);
        if (node.errorIgnored)
            entries.push(`${field}error_ignored: true`);
        const child = s.children?.get(node.id);
        if (child && 'unread' in child) {
            entries.push(`${field}# the child task's nodes were not read: ${comment(child.unread)}`);
        }
        else if (child) {
            const inner = nodeEntries(child, pin, indent + 4);
            if (inner.length > 0) {
                entries.push(`${field}nodes: # of child task ${child.taskId}`, ...inner);
            }
        }
    }
    return entries;
}
/** The names that exactly one activity or gateway carries. */
function namesUsedOnce(names) {
    const counts = new Map();
    for (const { name } of names.values())
        counts.set(name, (counts.get(name) ?? 0) + 1);
    return new Set([...counts].filter(([name, n]) => name !== '' && n === 1).map(([name]) => name));
}
/** Every node below the root that has an id, depth first, in payload order. */
function reachedNodes(root) {
    const found = [];
    const stack = [...root.children].reverse();
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.id)
            found.push(node);
        for (let i = node.children.length - 1; i >= 0; i--)
            stack.push(node.children[i]);
    }
    return found;
}
/** A state as a YAML scalar; a state BKFlow sent that is not a plain word is quoted. */
function stateValue(state) {
    return /^[A-Z_]+$/.test(state) ? state : quotedString(secrets_redactSecrets(state));
}
/** An id as a YAML scalar: plain when it is a simple word, else a JSON (= YAML) string. */
function plainOrQuoted(id) {
    return /^[A-Za-z][A-Za-z0-9_-]*$/.test(id) ? id : quotedString(secrets_redactSecrets(id));
}
/** Text that is safe inside a one-line YAML comment (and on a terminal). */
function comment(text) {
    return plainText(text);
}

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
// `bkflow-gate validate SPEC [--var KEY=VALUE]...`: check a spec file without contacting BKFlow.







const validate_OPTIONS = {
    var: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' }
};
const validate_USAGE = 'validate SPEC [--var KEY=VALUE]...';
const validateCommand = {
    name: 'validate',
    usage: validate_USAGE,
    synopsis: 'validate SPEC [options]',
    summary: 'Check a spec file (syntax, schema, variables) without contacting BKFlow.',
    help: [
        'Checks a spec file: its YAML, its shape against schemas/spec.schema.json, and what the',
        'schema cannot express (tasks or nodes listed twice, `name` without `space_id`, ${VAR}s).',
        'Every problem is reported in one pass, each as FILE:LINE:COLUMN: error CODE: message, with',
        'the source line.',
        '',
        'Options:',
        '  --var KEY=VALUE  Define ${KEY} for task_id / space_id (repeatable; wins over the',
        '                   environment).',
        '  -h, --help       Show this help.',
        '',
        'Exit codes: 0 the spec is valid, 1 it is not (or the arguments are wrong).'
    ].join('\n'),
    async run(argv, { output, env }) {
        const usageError = (problem) => {
            output.err(`bkflow-gate validate: ${problem}\n${usageLine(validateCommand)}`);
            return EXIT.error;
        };
        const args = parseArgs(argv, validate_OPTIONS);
        if (!args.ok)
            return usageError(args.error);
        if (args.values.help) {
            output.out(`${usageLine(validateCommand)}\n\n${validateCommand.help}`);
            return EXIT.ok;
        }
        // Before the SPEC count: `--var K 108` is a --var without `=`, not a second SPEC.
        const vars = parseVarFlags(argv, args.values.var ?? []);
        if ('errors' in vars) {
            output.err(vars.errors.map((e) => `bkflow-gate validate: ${e}`).join('\n'));
            return EXIT.error;
        }
        const [path, ...extra] = args.positionals;
        if (path === undefined)
            return usageError('missing SPEC');
        if (extra.length > 0) {
            return usageError(`unexpected argument "${extra[0]}": give one SPEC (it is "${path}")`);
        }
        const loaded = await loadSpecFile(path, { vars: vars.vars, env, settings: cliSettings() });
        if ('error' in loaded) {
            output.err(`bkflow-gate validate: ${loaded.error}`);
            return EXIT.error;
        }
        const { text, spec, diagnostics } = loaded;
        for (const d of diagnostics)
            output.out(formatDiagnostic(d, text));
        if (!spec) {
            const errors = diagnostics.filter((d) => d.severity === 'error').length;
            output.out(`${path}: invalid, ${text_plural(errors, 'error')}.`);
            return EXIT.error;
        }
        const nodes = spec.tasks.reduce((sum, task) => sum + task.nodes.length, 0);
        output.out(`${path}: valid, ${text_plural(spec.tasks.length, 'task')}, ${text_plural(nodes, 'node')}.`);
        return EXIT.ok;
    }
};

;// CONCATENATED MODULE: ./src/cli/commands/index.ts
// The CLI's commands, in the order the help lists them. A new command is one entry here.



/** Every command `bkflow-gate` knows. */
const COMMANDS = [checkCommand, validateCommand, initCommand];

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/run.ts
// Dispatch: `bkflow-gate <command> ...` to the command, with top-level help and usage errors.





const run_USAGE = 'Usage: bkflow-gate <command> [options]';
/** The top-level help: what the tool does and one line per command, within HELP_WIDTH columns. */
function topLevelHelp(commands = COMMANDS) {
    const synopsis = (c) => c.synopsis ?? c.usage;
    const width = Math.max(...commands.map((c) => synopsis(c).length));
    const indent = ' '.repeat(width + 4);
    // The summary wraps in its own column, under itself.
    const lines = commands.map((c) => `  ${synopsis(c).padEnd(width)}  ` +
        wrap(c.summary, HELP_WIDTH - indent.length).replaceAll('\n', `\n${indent}`));
    return [
        run_USAGE,
        '',
        'Asserts the states of BlueKing BKFlow tasks and their nodes, declared in a YAML spec.',
        '',
        'Commands:',
        ...lines,
        '',
        'Run `bkflow-gate help <command>` (or `bkflow-gate <command> --help`) for its options.'
    ].join('\n');
}
/** Runs the CLI on its arguments (without `node` and the script) and resolves to the exit code. */
async function run(argv, context = { output: consoleOutput, env: process.env }, commands = COMMANDS) {
    const [name, ...rest] = argv;
    if (name === 'help' && rest.length > 0) {
        // `help check` is `check --help`; an unknown name falls through to the error below.
        const command = commands.find((c) => c.name === rest[0]);
        if (command)
            return command.run(['--help'], context);
        return unknownCommand(rest[0], commands, context);
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        context.output.out(topLevelHelp(commands));
        return EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
        context.output.out(package_namespaceObject.rE);
        return EXIT.ok;
    }
    if (name === undefined) {
        context.output.err(topLevelHelp(commands));
        return EXIT.error;
    }
    const command = commands.find((c) => c.name === name);
    if (!command)
        return unknownCommand(name, commands, context);
    try {
        return await command.run(rest, context);
    }
    catch (error) {
        // Commands report expected problems themselves; this is the one catch for the unexpected.
        const message = error instanceof Error ? error.message : String(error);
        context.output.err(`bkflow-gate ${name}: unexpected error: ${message}`);
        return EXIT.error;
    }
}
function unknownCommand(name, commands, context) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command ${name}`;
    const names = commands.map((c) => c.name).join(', ');
    context.output.err(`bkflow-gate: ${what} (commands: ${names})\n${run_USAGE}`);
    return EXIT.error;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The CLI's entry point: run the command line and set the exit code.



// The first Ctrl-C / SIGTERM stops a running check so it reports what it knows; a second one exits.
// Either way a cancelled run exits as shells expect of a process ended by that signal (128 + its
// number), never with a verdict's code: a script must not read a cancelled run as a failed check.
const EXIT_ON = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };
const controller = new AbortController();
let received;
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        if (controller.signal.aborted)
            process.exit(EXIT_ON[signal]);
        received = signal;
        controller.abort();
    });
}
void run(process.argv.slice(2), {
    output: consoleOutput,
    env: process.env,
    signal: controller.signal,
    isTTY: process.stdout.isTTY
}).then((code) => {
    process.exitCode = received === undefined ? code : EXIT_ON[received];
});


//# sourceMappingURL=index.js.map