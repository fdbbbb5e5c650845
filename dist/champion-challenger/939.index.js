export const id = 939;
export const ids = [939];
export const modules = {

/***/ 44366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ checkHeader),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError)
/* harmony export */ });
/* unused harmony export CsvParser */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A CSV problem at a data row (`row` 0 means the header) starting on physical line `line`. */
class CsvSyntaxError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    reason;
    row;
    line;
    column;
    constructor(reason, row, line, column) {
        super(reason);
        this.reason = reason;
        this.row = row;
        this.line = line;
        this.column = column;
        this.name = "CsvSyntaxError";
    }
}
/**
 * An incremental RFC 4180 parser over decoded text: comma-separated, fields optionally quoted with `"`
 * and a doubled `""` inside quotes, records ending in LF, CRLF or CR. The first record is the header; every
 * later record must have as many fields. Empty fields (quoted or not) become null, blank lines are skipped,
 * and a quote inside an unquoted field is kept as a literal character, as most writers and readers do.
 *
 * Written here rather than taken from the csv-parse package because snapshot profiles and validation read
 * every row of every file: on a 1M-row, 20-column file it is two to three times faster.
 */
class CsvParser {
    header;
    /** Data rows completed so far. */
    rows = 0;
    /** The physical line on which the next record starts. */
    line = 1;
    carry = "";
    /**
     * Parses every record completed by `chunk` (after any text kept from earlier calls) and appends the
     * data rows to `out`. With `final`, the end of the text ends the last record.
     */
    feed(chunk, final, out) {
        const text = this.carry.length > 0 ? this.carry + chunk : chunk;
        const n = text.length;
        let pos = 0;
        let recordStart = 0;
        records: while (pos < n) {
            recordStart = pos;
            let c = text.charCodeAt(pos);
            if (c === LF || c === CR) {
                // A blank line.
                if (c === CR && pos + 1 >= n && !final)
                    break;
                pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
                this.line++;
                recordStart = pos;
                continue;
            }
            // Sized to the header, so a row's array is allocated once.
            const fields = this.header ? new Array(this.header.length) : [];
            let count = 0;
            let innerLines = 0;
            for (;;) {
                if (pos >= n) {
                    // The text ends right after a comma.
                    if (!final)
                        break records;
                    fields[count++] = null;
                    break;
                }
                c = text.charCodeAt(pos);
                if (c === QUOTE) {
                    let value = "";
                    let from = pos + 1;
                    for (;;) {
                        const close = text.indexOf('"', from);
                        if (close === -1 || (close + 1 >= n && !final)) {
                            if (!final)
                                break records;
                            throw new CsvSyntaxError(`${this.where()} opens a quoted field that is never closed`, this.rows + 1, this.line);
                        }
                        if (text.charCodeAt(close + 1) === QUOTE) {
                            value += text.slice(from, close + 1);
                            from = close + 2;
                            continue;
                        }
                        value += text.slice(from, close);
                        pos = close + 1;
                        break;
                    }
                    for (let at = value.indexOf("\n"); at !== -1; at = value.indexOf("\n", at + 1))
                        innerLines++;
                    fields[count++] = value.length === 0 ? null : value;
                    if (pos >= n) {
                        if (!final)
                            break records;
                        break;
                    }
                    c = text.charCodeAt(pos);
                    if (c === COMMA) {
                        pos++;
                        continue;
                    }
                    if (c === LF || c === CR) {
                        if (c === CR && pos + 1 >= n && !final)
                            break records;
                        pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
                        break;
                    }
                    throw new CsvSyntaxError(`${this.where(innerLines)} has ${JSON.stringify(text.charAt(pos))} right after a closing quote ` +
                        `in field ${count}; inside a quoted field, write a quote as ""`, this.rows + 1, this.line);
                }
                let end = pos;
                while (end < n) {
                    c = text.charCodeAt(end);
                    if (c === COMMA || c === LF || c === CR)
                        break;
                    end++;
                }
                if (end >= n && !final)
                    break records;
                fields[count++] = end === pos ? null : text.slice(pos, end);
                if (end >= n) {
                    pos = end;
                    break;
                }
                if (c === COMMA) {
                    pos = end + 1;
                    continue;
                }
                if (c === CR && end + 1 >= n && !final)
                    break records;
                pos = end + (c === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
                break;
            }
            if (fields.length !== count)
                fields.length = count;
            this.record(fields, out);
            this.line += 1 + innerLines;
            recordStart = pos;
        }
        this.carry = recordStart < n ? text.slice(recordStart) : "";
    }
    record(fields, out) {
        if (this.header === undefined) {
            this.header = checkHeader(fields, this.line);
            return;
        }
        if (fields.length !== this.header.length) {
            throw new CsvSyntaxError(`${this.where()} has ${fields.length} field${fields.length === 1 ? "" : "s"}, the header has ${this.header.length}`, this.rows + 1, this.line);
        }
        this.rows++;
        out.push(fields);
    }
    where(innerLines = 0) {
        const line = innerLines > 0 ? `lines ${this.line}-${this.line + innerLines}` : `line ${this.line}`;
        return this.header === undefined ? `the header (${line})` : `row ${this.rows + 1} (${line})`;
    }
}
/** The header's names, refusing an empty or a repeated one. */
function checkHeader(fields, line) {
    const seen = new Map();
    return fields.map((name, index) => {
        if (name === null) {
            throw new CsvSyntaxError(`the header (line ${line}) has no name for column ${index + 1}` +
                (index === 0 ? " (an unnamed index column? write the file without it)" : ""), 0, line);
        }
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            throw new CsvSyntaxError(`the header (line ${line}) names column ${earlier + 1} and column ${index + 1} both "${name}"`, 0, line, name);
        }
        seen.set(name, index);
        return name;
    });
}


/***/ }),

/***/ 38594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YB: () => (/* binding */ CsvTokenizer),
  tJ: () => (/* binding */ InvalidUtf8Error)
});

// UNUSED EXPORTS: firstInvalidUtf8

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/stats/parse-bytes.js
var parse_bytes = __webpack_require__(16534);
// EXTERNAL MODULE: ./.cache/build/lib/wasm/embedded-kernel.js
var embedded_kernel = __webpack_require__(92248);
;// CONCATENATED MODULE: ./.cache/build/lib/data/wasm/csv-tokenizer-kernel-wasm.js
// Generated by scripts/build-wasm.mjs from csv-tokenizer-kernel.wat: do not edit.
/** The WebAssembly module of csv-tokenizer-kernel.wat (5832 bytes), base64. */
const WASM_BASE64 = "AGFzbQEAAAABIwNgAX8Bf2ALf39/f39/f39/f38Bf2AKf39/f39/f39/fwF/AwgHAAECAgICAgUDAQABBskBDXsB/QwwMDAwMDAw" +
    "MDAwMDAwMDAwC3sB/QwJCQkJCQkJCQkJCQkJCQkJC3sB/Qz+/v7+/v7+/v7+/v7+/v7+C3sB/QwAAQIDBAUGBwgJCgsMDQ4PC3sB" +
    "/QwBCgEKAQoBCgEKAQoBCgEKC3sB/QxkAAEAZAABAGQAAQBkAAEAC3sB/QwQJwEAECcBABAnAQAQJwEAC3sB/QwAAAAAhNeXQQAA" +
    "AAAAAPA/C3wBRAAAAAAAAPA/C38BQQALfwFBAAt/AUEAC34BQgALBy8FBm1lbW9yeQIACHRva2VuaXplAAEHbnVtYmVycwACBXRl" +
    "eHRzAAMFdGltZXMABgqBKgfwAgMDfwF+AXsgACMLa0HAAE8EQCAAQUBxIQEgACABayECBSMLQcAAaiEBCwNAIAEjCk8EQCMKDwsj" +
    "CSABaiEDIAP9AAQAIQUgBf0MAQAiAAAAAAAAAAoALA0AACAF/QwPDw8PDw8PDw8PDw8PDw8P/U79Dv0j/WStIQQgA/0ABBAhBSAE" +
    "IAX9DAEAIgAAAAAAAAAKACwNAAAgBf0MDw8PDw8PDw8PDw8PDw8PD/1O/Q79I/1krUIQhoQhBCAD/QAEICEFIAQgBf0MAQAiAAAA" +
    "AAAAAAoALA0AACAF/QwPDw8PDw8PDw8PDw8PDw8P/U79Dv0j/WStQiCGhCEEIAP9AAQwIQUgBCAF/QwBACIAAAAAAAAACgAsDQAA" +
    "IAX9DA8PDw8PDw8PDw8PDw8PDw/9Tv0O/SP9ZK1CMIaEIQQgASQLIAQkDCAEQn8gAq2GgyEEIARCAFIEQCABIAR6p2oPCyABQcAA" +
    "aiEBQQAhAgwACwALsAcFAn8BfAp/An4BfyAAJAkgASQKQUAkC0IAJAwgA0UhFkFAIRcgBisDACENAkADQCACIQsgAiABTw0BIAwg" +
    "BU8NASAAIAJqLQAAIQ4gDkEKRgRAIAJBAWohAiANRAAAAAAAAPA/oCENDAELIA5BDUYEQCAWIAJBAWogAU9xDQIgAkECQQEgACAC" +
    "QQFqai0AAEEKRhtqIQIgDUQAAAAAAADwP6AhDQwBC0EAIQ9BACEQIAwgBGwhEQJAA0AgAiABTwRAIBYNBCAPIARPDQQgESAPaiET" +
    "IAggE0ECdGogAjYCACAJIBNBAnRqIAI2AgAgCiATakEAOgAAIA9BAWohDwwCCyAAIAJqLQAAIQ4gDkEiRgRAIAJBAWohEkEAIRQg" +
    "EiETAkADQAJAIBMgF2siGkHAAEkEQCAYQn8gGq2GgyEZIBlCAFIEQCAXIBl6p2ohEwwCCwsgExAAIRMjCyEXIwwhGAsgEyABTw0G" +
    "IAAgE2otAAAhDiAOQSJHBEAgDkEKRgRAIBBBAWohEAsgE0EBaiETDAELIBYgE0EBaiABT3ENBiAAIBNBAWpqLQAAQSJHDQFBASEU" +
    "IBNBAmohEwwACwsgDyAETw0EIBEgD2ohFSAIIBVBAnRqIBI2AgAgCSAVQQJ0aiATNgIAIAogFWogFDoAACAPQQFqIQ8gE0EBaiEC" +
    "IAIgAU8EQCAWDQUMAwsgACACai0AACEOIA5BLEYEQCACQQFqIQIMAgsgDkEKRgRAIAJBAWohAgwDCyAOQQ1HDQQgFiACQQFqIAFP" +
    "cQ0EIAJBAkEBIAAgAkEBamotAABBCkYbaiECDAILIAIhFQJAA0ACQCAVIBdrIhpBwABJBEAgGEJ/IBqthoMhGSAZQgBSBEAgFyAZ" +
    "eqdqIRUMAgsLIBUQACEVIwshFyMMIRgLIBUgAU8NASAAIBVqLQAAIQ4gDkEiRw0BIBVBAWohFQwACwsgFSABTwRAIBYNBEEAIQ4L" +
    "IA8gBE8NAyARIA9qIRMgCCATQQJ0aiACNgIAIAkgE0ECdGogFTYCACAKIBNqQQA6AAAgD0EBaiEPIA5BLEYEQCAVQQFqIQIMAQsg" +
    "DkEARgRAIBUhAgwCCyAOQQpGBEAgFUEBaiECDAILIBYgFUEBaiABT3ENAyAVQQJBASAAIBVBAWpqLQAAQQpGG2ohAgwBCwsgDyAE" +
    "Rw0BIAcgDEEDdGogDTkDACAMQQFqIQwgDSAQQQFquKAhDQwACwsgBiANOQMAIAZBCGogDDYCACALC+sJBQ9/CHwBfwF8DHsgCSsD" +
    "ACEaIAkrAwghGyAJKwMQIRwgCSsDGCEdIAkrAyAhHiAJKAI4IRcgCSgCPCEYIwAhJyMBISgjAiEpIwMhKiMEISsjBSEsIwYhLSMH" +
    "IS4jCCEiIAghFCAGIQogBiAEbCAFaiELAkADQCAKIAdPDQEgASALQQJ0aigCACEMIAIgC0ECdGooAgAgDGshDSANRQRAIApBAWoh" +
    "CiALIARqIQsMAQsgACAMaiEOIA4tAAAhDyAPQStrQQ5LDQEgDiANQQFrai0AAEEha0HdAEsNASADIAtqLQAADQEgDUEKTwRAIA4t" +
    "AARBLUYNAgsgDUEBRgRAIA9BMGsiELghGSAQQQlLDQIgFiAQQQFNaiEWIA0gF0gEQCANIRcLIA0gGEoEQCANIRgLICEEQCAaICKg" +
    "IRogICAboSEfIBsgHyAao6AhGyAcIB8gICAboaKgIRwgICAdYwRAICAhHQsgICAeZARAICAhHgsgFCAgOQMAIBRBCGohFAsgGSEg" +
    "QQEhISAKQQFqIQogCyAEaiELDAELIA9BLUYhECANIBBrQRBLDQEgKkEPIA1r/Q/9JyElIA4gDWpBEGv9AAQAICf9cSEjICMgKP0q" +
    "ISYgIyAp/SMgJf1OISQgJSAm/U/9ZCERICT9ZCESIBJBACASa3EhEiASaSETIBEgEnMgEEEQIA1rdEH//wNxRw0BIA0gEGsgE2tB" +
    "AWtBDksNASAjICYgJf1O/U4hIyARRQRAICMgK/2VAUEI/Y0BISMgIyAs/boBISMgIyAj/YYBIC39ugEhIyAj/f4BIC798gEhIyAj" +
    "/SEAICP9IQGgIRkgDSAXSARAIA0hFwsgDSAYSgRAIA0hGAsgIQRAIBogIqAhGiAgIBuhIR8gGyAfIBqjoCEbIBwgHyAgIBuhoqAh" +
    "HCAgIB1jBEAgICEdCyAgIB5kBEAgICEeCyAUICA5AwAgFEEIaiEUCyAZISBBASEhIApBAWohCiALIARqIQsMAQsgJCAkICT9Uf3W" +
    "ASElICQgJCAkICT9I/3OAf1QICUgJSAl/Q0ICQoLDA0ODwgJCgsMDQ4P/U79TyElICMgI/1RICP9DQ8QERITFBUWFxgZGhscHR4g" +
    "IyAl/VIhIyAjICv9lQFBCP2NASEjICMgLP26ASEjICMgI/2GASAt/boBISMgI/3+ASAu/fIBISMgI/0hACAj/SEBoEEPIBJBgIAC" +
    "cmhrQQN0KQPAASAQrUI/hoS/oyEZIBUgE2ohFSANIBdIBEAgDSEXCyANIBhKBEAgDSEYCyAhBEAgGiAioCEaICAgG6EhHyAbIB8g" +
    "GqOgIRsgHCAfICAgG6GioCEcICAgHWMEQCAgIR0LICAgHmQEQCAgIR4LIBQgIDkDACAUQQhqIRQLIBkhIEEBISEgCkEBaiEKIAsg" +
    "BGohCwwACwsgIQRAIBogIqAhGiAgIBuhIR8gGyAfIBqjoCEbIBwgHyAgIBuhoqAhHCAgIB1jBEAgICEdCyAgIB5kBEAgICEeCyAU" +
    "ICA5AwAgFEEIaiEUCyAUIAhrQQN2IRQgCSAaOQMAIAkgGzkDCCAJIBw5AxAgCSAdOQMYIAkgHjkDICAJIAogBmsgFGs2AiggCSAU" +
    "NgIsIAkgFCAVazYCMCAJIBY2AjQgCSAXNgI4IAkgGDYCPCAJIBQ2AkAgCgs0ACAIBH8gACABIAIgAyAEIAUgBiAHIAggCRAEBSAA" +
    "IAEgAiADIAQgBSAGIAcgCCAJEAULC7QEAxh/AXsBfyAJKAI4IRkgCSgCPCEaIAYhCiAGIARsIAVqIQsgASALQQJ0aiEMIARBAnQh" +
    "DSACIAFrIQ4CQCAKIAdODQADQCAMKAIAIQ8gDCAOaigCACEQAkAgDyAQRgRAIBZBAWohFgwBCyAAIA9qIREgECAPayESIBEtAAAh" +
    "EyARIBJBAWtqLQAAIRQgE0Eha0HdAEsgFEEha0HdAEtyDQIgEiEVIAMgC2otAABBAUYEQEEAIR0gESASaiEbIBJBEE0gG0EQT3EE" +
    "QCAbQRBr/QAEAP0MIiIiIiIiIiIiIiIiIiIiIv0j/WRBECASa3YhGwJAA0AgG0UNASAbIBtoQQFqdkEBcSEcIB0gHGohHSAbIBtB" +
    "AWtxIBwgG2hBAWp0QX9zcSEbDAALCwUgESEbIBEgEkEBa2ohHAJAA0AgGyAcTw0BIBsvAQBBosQARgRAIB1BAWohHSAbQQJqIRsF" +
    "IBtBAWohGwsMAAsLCyAdRQ0DIBUgHWshFQUgE0Era0EOTQ0DIBJBBGtBAU0EQCAYIBJBBEYEfyARKAIAQaDAgIECckH05NWrBkYF" +
    "IBEoAgBBoMCAgQJyQebCsZsHRiARLQAEQSByQeUARnELaiEYCwsgF0EBaiEXIBUgGSAVIBlIGyEZIBUgGiAVIBpKGyEaCyAMIA1q" +
    "IQwgCyAEaiELIApBAWohCiAKIAdIDQALCyAJIBY2AiggCSAXNgIsIAkgGDYCNCAJIBk2AjggCSAaNgI8IAoLkAcDGH8BewF/IAko" +
    "AjghGSAJKAI8IRogBiEKIAYgBGwgBWohCyABIAtBAnRqIQwgBEECdCENIAIgAWshDgJAIAogB04NAANAIAwoAgAhDyAMIA5qKAIA" +
    "IRACQCAPIBBGBEAgFkEBaiEWDAELIAAgD2ohESAQIA9rIRIgES0AACETIBEgEkEBa2otAAAhFCATQSFrQd0ASyAUQSFrQd0AS3IN" +
    "AgJ/IBEhHkEAISEgHiASaiEfIBJBEEkEQCAfQRBPBEAgH0EQa/0ABAAhIiASICL9DMDAwMDAwMDAwMDAwMDAwMD9Jf1kQRAgEmt2" +
    "aWsgIv0M8PDw8PDw8PDw8PDw8PDw8P0s/WRBECASa3ZpagwCCwJAA0AgHi0AACEgICEgIEGAAUkgIEHAAU8gIEHwAU9qamohISAe" +
    "QQFqIR4gHiAfSQ0ACwsgIQwBCyASISEDQCAe/QAEACEiICEgIv0MwMDAwMDAwMDAwMDAwMDAwP0l/WRpayAi/Qzw8PDw8PDw8PDw" +
    "8PDw8PDw/Sz9ZGlqISEgHkEQaiEeIB5BEGogH00NAAsgHyAeayEjICMEQCAfQRBr/QAEACEiICEgIv0MwMDAwMDAwMDAwMDAwMDA" +
    "wP0l/WRBECAja3ZpayAi/Qzw8PDw8PDw8PDw8PDw8PDw/Sz9ZEEQICNrdmlqISELICELIRUgAyALai0AAEEBRgRAQQAhHSARIBJq" +
    "IRsgEkEQTSAbQRBPcQRAIBtBEGv9AAQA/QwiIiIiIiIiIiIiIiIiIiIi/SP9ZEEQIBJrdiEbAkADQCAbRQ0BIBsgG2hBAWp2QQFx" +
    "IRwgHSAcaiEdIBsgG0EBa3EgHCAbaEEBanRBf3NxIRsMAAsLBSARIRsgESASQQFraiEcAkADQCAbIBxPDQEgGy8BAEGixABGBEAg" +
    "HUEBaiEdIBtBAmohGwUgG0EBaiEbCwwACwsLIB1FDQMgFSAdayEVBSATQStrQQ5NDQMgEkEEa0EBTQRAIBggEkEERgR/IBEoAgBB" +
    "oMCAgQJyQfTk1asGRgUgESgCAEGgwICBAnJB5sKxmwdGIBEtAARBIHJB5QBGcQtqIRgLCyAXQQFqIRcgFSAZIBUgGUgbIRkgFSAa" +
    "IBUgGkobIRoLIAwgDWohDCALIARqIQsgCkEBaiEKIAogB0gNAAsLIAkgFjYCKCAJIBc2AiwgCSAYNgI0IAkgGTYCOCAJIBo2Ajwg" +
    "CgvwCQUhfwJ+An8Bewd8IAkrAwAhMSAJKwMIITIgCSsDECEzIAkrAxghNCAJKwMgITUgCSgCOCEWIAkoAjwhFyAGIQogBiAEbCAF" +
    "aiELIAEgC0ECdGohDCAEQQJ0IQ0gAiABayEOAkAgCiAHTg0AA0AgDCgCACEPIAwgDmooAgAhEAJAIA8gEEYEQCAUQQFqIRQMAQsg" +
    "ECAPayESIBJBCkgNAiAAIA9qIREgES0ABEEtRw0CIAMgC2otAABBAUYNAiARLQAAIRMgE0Era0EOSw0CIBJBCmtBDktBASASQQpr" +
    "dEGBzAFxRXINAiASQQpGBEAgESkDACErICtC8OHDh/+fvHiDQrDgwIHThYyYLYUgK0KGjJiwgMCBA3xC8OHDh4+AvPgAg0Kw4MCB" +
    "g4CMGIWEQgBSDQMgK0KPnrz48OHDhw+DISsgK0IKfiArQgiIfCErICunIRogGkH/AXFB5ABsIBpBEHZB/wFxaiEeICtCKIinQf8B" +
    "cSEfIBEvAQghGiAaQfDhA3FBsOAAcyAaQYYMakHw4QNxQbDgAHNyDQMgGkEPcUEKbCAaQQh2QQ9xaiEgIB9BAWtBC0sgIEEBa0Ee" +
    "S3INA0EAISoFIBEoAgAhLSAtQfDhw4d/cUGw4MCBA3MgLUGGjJgwakHw4cOHf3FBsODAgQNzcg0DIC1Bj568+ABxIRogGkEKbCAa" +
    "QQh2akH/gfwHcSEaIBpB/wFxQeQAbCAaQRB2aiEeIBH9AAQDIS8gL/0WByEpIC/9DDAtMDAtMDAAMDA6MDA6MDD9cSEvIC/9DAkA" +
    "CQkACQn/CQkACQkACQn9Kv1jRSApQdQARyApQSBHcXINAyAvIC/9DQIFCAsOAAAAAwYJDA8AAAAhLyAv/YkB/QwKAAoACgAKAAoA" +
    "CgAKAAoA/ZUBIC/9igH9jgEhLyAv/QwBAAEAAAAAAAAAAAAAAAAA/ZEB/QwLAB4AGAA7ADsA/////////TT9gwFFDQMgL/0ZACEf" +
    "IC/9GQEhICAv/RkCISUgL/0ZAyEmIC/9GQQhJ0EAISggEkEDcUEDRwRAIBEgEkEBa2otAABB2gBHDQQLIBJBF08EQCARKAITIS4g" +
    "LkH/4cOHf3FBruDAgQNzIC5BgIyYMGpBgODDh39xQYDgwIEDc3INBCAuQQh2QQ9xQeQAbCAuQRB2QQ9xQQpsaiAuQRh2QQ9xaiEo" +
    "CyAlQRhGICYgJ3IgKHJBAEdxDQMgJUGA3dsBbCAmQeDUA2xqICdB6AdsIChqaiEqCyAeQZADaiAfQQJNayEhICFB5ABuISIgIUHt" +
    "AmwgIUECdmogIkECdiAia0GZASAfQQNrIB9BCWogH0ECSxtsQQJqQQVuICBBnuo0a2pqaiEkICSsQoC4mSl+ICqtfLkhMCAVQQFq" +
    "IRUgEiAWIBIgFkgbIRYgEiAXIBIgF0obIRcgMUQAAAAAAADwP6AhMSAwIDKhITYgMiA2IDGjoCEyIDMgNiAwIDKhoqAhMyAwIDRj" +
    "BEAgMCE0CyAwIDVkBEAgMCE1CyAIIBhBA3RqIDA5AwAgGEEBaiEYCyAMIA1qIQwgCyAEaiELIApBAWohCiAKIAdIDQALCyAJIDE5" +
    "AwAgCSAyOQMIIAkgMzkDECAJIDQ5AxggCSA1OQMgIAkgFDYCKCAJIBU2AiwgCSAWNgI4IAkgFzYCPCAJIBg2AkAgCgsLiAEBAEHA" +
    "AQuAAQAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAAhNeX" +
    "QQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxD";

;// CONCATENATED MODULE: ./.cache/build/lib/data/csv-kernel.js
/**
 * CsvTokenizer's record loop in WebAssembly SIMD (wasm/csv-tokenizer-kernel.wat): a 64-bit mask of the
 * structural bytes (, " LF CR) of every 64-byte block, and the tokenizer's walk from one of those bytes to
 * the next instead of over every byte. It takes the well-formed records; CsvTokenizer's JavaScript loop takes
 * every record the kernel stops at (incomplete, ragged, a quote error), so the errors and the carried bytes
 * are the JavaScript loop's. Without WebAssembly (SIMD) `CsvKernel.create` gives undefined and the JavaScript
 * loop takes every record.
 *
 * The batch lives in the kernel's memory: its bytes, and after them the batch's arrays (each record's line,
 * each field's start, end and escaped flag), which the tokenizer exposes as views of that memory. So the
 * kernel writes each record's fields where the tokenizer's callers read them, and the column loops of the
 * same module (ColumnProfile's) read a column where it is, without a copy.
 */


const embedded = new embedded_kernel/* EmbeddedKernel */.E(WASM_BASE64);
/** The tokenizer's state (f64 line, i32 records) at 0, a column loop's at 64, powers of ten at 192 (the .wat's data), the bytes at BASE. */
const COLUMN_STATE = 64;
const BASE = 384;
/** Zero bytes after the batch's bytes: the last 64-byte block is read whole. */
const PAD = 64;
const PAGE = 65536;
class CsvKernel {
    kernel;
    width;
    /** Views of the kernel's memory (new ones after it grows, see `layout`). */
    f64;
    i32;
    u8;
    /** The batch's arrays (record r's line, field k's start, end and escaped flag), views of the memory. */
    lines;
    starts;
    ends;
    escaped;
    /** A column loop's values, in the order it took them (f64[valuesAt ...]). */
    valuesAt = 0;
    /** The records the arrays hold; they grow as a batch needs (and the memory with them). */
    capacity;
    n = 0;
    linesAt = 0;
    startsAt = 0;
    endsAt = 0;
    escapedAt = 0;
    column = {
        nulls: 0,
        values: 0,
        integers: 0,
        booleans: 0,
        minLength: 0,
        maxLength: 0,
    };
    /**
     * The most bytes one `load` takes (a WebAssembly memory holds at most 4 GiB; the tokenizer's JavaScript loop
     * takes a larger batch). Tests lower it.
     */
    static maxBytes = 1 << 30;
    /** The records a new kernel's arrays hold. Tests lower it, so that they grow in the middle of a batch. */
    static firstRecords = 1024;
    /** A kernel for records of `width` fields, or undefined without WebAssembly SIMD. */
    static create(width) {
        if (!(width >= 1))
            return undefined;
        const kernel = embedded.instantiate();
        return kernel && new CsvKernel(kernel, width);
    }
    constructor(kernel, width) {
        this.kernel = kernel;
        this.width = width;
        this.capacity = CsvKernel.firstRecords;
        this.layout();
    }
    /**
     * Copies the batch's bytes, `head` then `tail`, into the kernel's memory (then `run` reads them) and empties
     * the batch's arrays; returns the bytes there, valid until the next `load` or `reserve`.
     */
    load(head, tail) {
        this.n = head.length + tail.length;
        this.layout();
        this.u8.set(head, BASE);
        this.u8.set(tail, BASE + head.length);
        this.u8.fill(0, BASE + this.n, BASE + this.n + PAD);
        return this.bytes;
    }
    /** The loaded bytes (a new view after the memory grows). */
    get bytes() {
        return Buffer.from(this.u8.buffer, BASE, this.n);
    }
    /**
     * Makes the arrays hold at least `records` records, keeping those of the first `kept`; true when the
     * memory grew (every view, `bytes` too, is then a new one).
     */
    reserve(records, kept) {
        if (records <= this.capacity)
            return false;
        const width = this.width;
        const old = {
            lines: this.linesAt,
            starts: this.startsAt,
            ends: this.endsAt,
            escaped: this.escapedAt,
        };
        this.capacity = Math.max(records, this.capacity * 2);
        const grew = this.layout();
        // Each region moves up (the ones before it grew): move the last first, so none is overwritten unread.
        const fields = kept * width;
        this.u8.copyWithin(this.escapedAt, old.escaped, old.escaped + fields);
        this.u8.copyWithin(this.endsAt, old.ends, old.ends + 4 * fields);
        this.u8.copyWithin(this.startsAt, old.starts, old.starts + 4 * fields);
        this.u8.copyWithin(this.linesAt, old.lines, old.lines + 8 * kept);
        return grew;
    }
    /**
     * Tokenizes the loaded bytes' records from `pos` (a record boundary) on, `line` that record's line, and
     * appends them to the arrays after their first `at` records (at most as many as they have room for).
     */
    run(pos, final, line, at, out) {
        this.f64[0] = line;
        const width = this.width;
        const stop = this.kernel.tokenize(BASE, this.n, pos, final ? 1 : 0, width, this.capacity - at, 0, this.linesAt + 8 * at, this.startsAt + 4 * at * width, this.endsAt + 4 * at * width, this.escapedAt + at * width);
        out.stop = stop;
        out.line = this.f64[0];
        out.records = this.i32[2];
    }
    /**
     * ColumnProfile.addCsvNumbers's loop over field `field` of records `from` to `records`, in the kernel: it
     * takes plain decimals and nulls up to the first field that is neither, whose record it returns. `moments`
     * are updated in place; the values, in order, are at f64[valuesAt ...]; the counts and the lengths (from
     * `minLength` and `maxLength` on) are in `lastColumn` until the next call.
     */
    numbers(field, from, records, moments, minLength, maxLength) {
        return this.summed(this.kernel.numbers, field, from, records, moments, minLength, maxLength);
    }
    /** `numbers` for ColumnProfile.addCsvTimes's loop: timestamps in the common layouts, and nulls. */
    times(field, from, records, moments, minLength, maxLength) {
        return this.summed(this.kernel.times, field, from, records, moments, minLength, maxLength);
    }
    /**
     * ColumnProfile.addCsvTexts's loop, in the kernel: text that cannot start a number or a timestamp, escaped
     * text and nulls; `ascii` when the batch is all ASCII. The counts and lengths are in `lastColumn`.
     */
    texts(field, from, records, ascii, minLength, maxLength) {
        return this.loop(this.kernel.texts, field, from, records, ascii ? 1 : 0, minLength, maxLength);
    }
    /** A loop that sums moments (numbers, times) into the f64s at the column state's start, in and out. */
    summed(loop, field, from, records, moments, minLength, maxLength) {
        const f64 = this.f64;
        const s = COLUMN_STATE / 8;
        f64[s] = moments.count;
        f64[s + 1] = moments.mean;
        f64[s + 2] = moments.m2;
        f64[s + 3] = moments.min;
        f64[s + 4] = moments.max;
        const stop = this.loop(loop, field, from, records, this.valuesAt * 8, minLength, maxLength);
        moments.count = f64[s];
        moments.mean = f64[s + 1];
        moments.m2 = f64[s + 2];
        moments.min = f64[s + 3];
        moments.max = f64[s + 4];
        return stop;
    }
    /**
     * Runs a column loop over the batch in memory; its counts and the column's lengths after it go to
     * `lastColumn`. The state: i32 at +40 nulls, +44 values, +48 integers, +52 booleans (out), +56 and +60 the
     * shortest and longest field (in and out).
     */
    loop(loop, field, from, records, out, minLength, maxLength) {
        const i32 = this.i32;
        const c = COLUMN_STATE / 4;
        // No field has more than 2^31 - 1 bytes, none fewer than 0: the bounds stand for none seen yet (±∞).
        i32[c + 14] = Math.min(minLength, 0x7fffffff);
        i32[c + 15] = Math.max(maxLength, -1);
        i32[c + 12] = 0;
        i32[c + 13] = 0;
        const stop = loop(BASE, this.startsAt, this.endsAt, this.escapedAt, this.width, field, from, records, out, COLUMN_STATE);
        const column = this.column;
        column.nulls = i32[c + 10];
        column.values = i32[c + 11];
        column.integers = i32[c + 12];
        column.booleans = i32[c + 13];
        column.minLength = column.values > 0 ? i32[c + 14] : minLength;
        column.maxLength = column.values > 0 ? i32[c + 15] : maxLength;
        return stop;
    }
    /** The counts of the last column loop. */
    get lastColumn() {
        return this.column;
    }
    /**
     * Places the arrays after the loaded bytes, for `capacity` records, growing the memory as needed, and
     * makes the views; true when the memory grew.
     */
    layout() {
        const width = this.width;
        const fields = this.capacity * width;
        this.linesAt = Math.ceil((BASE + this.n + PAD) / 8) * 8;
        this.valuesAt = (this.linesAt + 8 * this.capacity) / 8;
        this.startsAt = this.linesAt + 16 * this.capacity;
        this.endsAt = this.startsAt + 4 * fields;
        this.escapedAt = this.endsAt + 4 * fields;
        const need = this.escapedAt + fields;
        let grew = false;
        if (this.u8 === undefined || need > this.kernel.memory.buffer.byteLength) {
            const have = this.kernel.memory.buffer.byteLength;
            if (need > have)
                this.kernel.memory.grow(Math.ceil((need - have) / PAGE));
            const buffer = this.kernel.memory.buffer;
            this.u8 = new Uint8Array(buffer);
            this.f64 = new Float64Array(buffer);
            this.i32 = new Int32Array(buffer);
            grew = true;
        }
        const buffer = this.u8.buffer;
        this.lines = new Float64Array(buffer, this.linesAt, this.capacity);
        this.starts = new Int32Array(buffer, this.startsAt, fields);
        this.ends = new Int32Array(buffer, this.endsAt, fields);
        this.escaped = new Uint8Array(buffer, this.escapedAt, fields);
        return grew;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/data/csv-parser.js
var csv_parser = __webpack_require__(44366);
;// CONCATENATED MODULE: ./.cache/build/lib/data/csv-tokenizer.js





const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const EMPTY = Buffer.alloc(0);
/** Invalid UTF-8 at `byteOffset` of the file (the first byte of the first invalid sequence). */
class InvalidUtf8Error extends user_error/* UserError */.yo {
    byteOffset;
    detail;
    constructor(byteOffset, detail) {
        super(`invalid UTF-8 at byte ${byteOffset}${detail ? `: ${detail}` : ""}`);
        this.byteOffset = byteOffset;
        this.detail = detail;
        this.name = "InvalidUtf8Error";
    }
}
class CsvTokenizer {
    header;
    /** Data rows completed so far (all batches). */
    rows = 0;
    /** The bytes the current batch's offsets point into; valid until the next `feed`. */
    bytes = EMPTY;
    /** Records in the current batch. */
    records = 0;
    /** Fields per record (the header's). */
    width = 0;
    /** Start and end of each field of the batch in `bytes`; an empty field (null) has start === end. */
    starts = new Int32Array(0);
    ends = new Int32Array(0);
    /** 1 where a quoted field holds a doubled quote `""` that `text` turns into one. */
    escaped = new Uint8Array(0);
    /** The physical line on which each record of the batch starts. */
    lines = new Float64Array(0);
    /**
     * The kernel whose memory holds this batch's bytes and arrays (the arrays above are views of it), for
     * the column loops it also runs; undefined when the batch is in JavaScript arrays.
     */
    batchKernel;
    line = 1;
    carry = EMPTY;
    /** File offset of `carry`'s first byte. */
    offset = 0;
    /** Bytes at the start of `carry` already checked as UTF-8. */
    validated = 0;
    started = false;
    scanner = new parse_bytes/* ByteNumberScanner */.MP();
    /**
     * The batch's bytes as one string, decoded on the first `text` call: latin1 when they are all ASCII (byte
     * offsets are then string offsets), else UTF-8 with a cursor that maps byte offsets to UTF-16 offsets.
     */
    decoded;
    isAsciiBatch = false;
    /** Whether the batch's bytes are all ASCII: -1 not known yet, 0 no, 1 yes (see `utf16Length`). */
    asciiState = -1;
    cursorByte = 0;
    cursorChar = 0;
    /** Start, end and escaped flag of each header field, while the header is read. */
    headerFields = [];
    /** Whether the WebAssembly kernel takes the records it can (see csv-kernel.ts), made once the width is known. */
    useKernel;
    kernel;
    run = { stop: 0, records: 0, line: 0 };
    /** The arrays of the batches the kernel does not take (before the header, or without WebAssembly). */
    own = {
        starts: new Int32Array(0),
        ends: new Int32Array(0),
        escaped: new Uint8Array(0),
        lines: new Float64Array(0),
    };
    /** Whether `bytes` is the kernel's copy (a new view after its memory grows). */
    bytesInKernel = false;
    /** `kernel: false`: the JavaScript loop takes every record (the kernel's reference, in the tests). */
    constructor(options = {}) {
        this.useKernel = options.kernel ?? true;
    }
    /**
     * A tokenizer for the bytes of one part of a file that starts at a record boundary after the header (a
     * worker's byte range): `header` as read from the file's start, `line` the physical line on which the range
     * starts, `rows` the data rows before it and `offset` its first byte's offset in the file, so that errors
     * name the same row, line and byte as a single pass over the whole file would.
     */
    static forRange(header, start, options = {}) {
        const tokenizer = new CsvTokenizer(options);
        tokenizer.header = [...header];
        tokenizer.width = header.length;
        tokenizer.line = start.line;
        tokenizer.rows = start.rows;
        tokenizer.offset = start.offset;
        tokenizer.started = true;
        return tokenizer;
    }
    /** The physical line on which the next record starts (after the header and every completed record). */
    get nextLine() {
        return this.line;
    }
    /** The value `ByteNumberScanner` left by the last `number` call. */
    get value() {
        return this.scanner.value;
    }
    /**
     * Tokenizes every record that `chunk` completes (after any bytes kept from earlier calls) into the batch
     * arrays, replacing the previous batch, and returns the number of records. With `final`, the end of the
     * bytes ends the last record. The header record sets `header` and is not part of a batch.
     */
    feed(chunk, final) {
        // Once the header is read, the kernel's memory holds the batch (one copy, in place of a concat).
        const kernel = this.header !== undefined && this.started && this.carry.length + chunk.length <= CsvKernel.maxBytes
            ? this.readyKernel()
            : undefined;
        let bytes = kernel !== undefined
            ? kernel.load(this.carry, chunk)
            : this.carry.length === 0
                ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
                : Buffer.concat([this.carry, chunk]);
        this.records = 0;
        this.useArrays(kernel);
        this.bytesInKernel = kernel !== undefined;
        if (!this.started) {
            if (bytes.length < 3 && !final && (bytes.length === 0 || bytes[0] === 0xef)) {
                this.carry = bytes;
                this.records = 0;
                return 0;
            }
            this.started = true;
            if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
                bytes = bytes.subarray(3);
                this.offset += 3;
            }
        }
        this.validate(bytes, final);
        this.bytes = bytes;
        this.decoded = undefined;
        this.asciiState = -1;
        const n = bytes.length;
        let pos = 0;
        let loaded = kernel !== undefined;
        for (;;) {
            if (this.header !== undefined && pos < n && n <= CsvKernel.maxBytes) {
                const ready = this.readyKernel();
                if (ready !== undefined) {
                    // the header was in this batch: the kernel reads a copy, at the same offsets
                    if (!loaded) {
                        ready.load(bytes, EMPTY);
                        this.useArrays(ready);
                    }
                    loaded = true;
                    pos = this.kernelRecords(ready, pos, final);
                    bytes = this.bytes;
                }
            }
            if (pos >= n)
                break;
            // The JavaScript loop takes the header, any record the kernel stops at, or every record without it.
            const next = this.scan(bytes, pos, final, this.useKernel);
            bytes = this.bytes;
            if (next === pos || !this.useKernel) {
                pos = next;
                break;
            }
            pos = next;
        }
        this.carry = pos < n ? Buffer.from(bytes.subarray(pos)) : EMPTY;
        this.validated = Math.max(0, this.validated - pos);
        this.offset += pos;
        return this.records;
    }
    /** The kernel for records of `width` fields, made on the first call; undefined without WebAssembly SIMD. */
    readyKernel() {
        if (!this.useKernel)
            return undefined;
        this.kernel ??= CsvKernel.create(this.width);
        if (this.kernel === undefined)
            this.useKernel = false;
        return this.kernel;
    }
    /**
     * Makes the batch's arrays the kernel's (views of its memory, where it writes the records it takes), or
     * this tokenizer's own; the records already in the batch are kept.
     */
    useArrays(kernel) {
        const kept = this.records;
        const from = { starts: this.starts, ends: this.ends, escaped: this.escaped, lines: this.lines };
        this.batchKernel = kernel;
        this.setArrays(kernel ?? this.own);
        if (kept === 0 || from.starts === this.starts)
            return;
        this.reserve(kept);
        const fields = kept * this.width;
        this.starts.set(from.starts.subarray(0, fields));
        this.ends.set(from.ends.subarray(0, fields));
        this.escaped.set(from.escaped.subarray(0, fields));
        this.lines.set(from.lines.subarray(0, kept));
    }
    /** Appends the records the kernel takes from `pos` on to the batch; returns where it stopped. */
    kernelRecords(kernel, pos, final) {
        const run = this.run;
        for (;;) {
            if (this.records >= kernel.capacity)
                this.reserve(this.records + 1);
            kernel.run(pos, final, this.line, this.records, run);
            const records = run.records;
            this.records += records;
            this.rows += records;
            this.line = run.line;
            // Stopped because the arrays are full: go on with more room; else the JavaScript loop takes the next record.
            if (run.stop === pos && records === 0)
                return pos;
            pos = run.stop;
            if (this.records < kernel.capacity || pos >= this.bytes.length)
                return pos;
        }
    }
    /**
     * The JavaScript loop: tokenizes the records from `pos` (a record boundary) on, only the first one (a
     * blank line, the header or a data record) when `one`; returns the start of the first record not taken
     * (the end of the bytes when it took all).
     */
    scan(bytes, pos, final, one) {
        const n = bytes.length;
        let recordStart = pos;
        records: while (pos < n) {
            recordStart = pos;
            let c = bytes[pos];
            if (c === LF || c === CR) {
                // A blank line.
                if (c === CR && pos + 1 >= n && !final)
                    break;
                pos += c === CR && bytes[pos + 1] === LF ? 2 : 1;
                this.line++;
                recordStart = pos;
                if (one)
                    break;
                continue;
            }
            const base = this.records * this.width;
            if (this.header !== undefined) {
                this.reserve(this.records + 1);
                // The kernel's memory may have grown: its bytes are then a new view.
                bytes = this.bytes;
            }
            const width = this.header === undefined ? Number.POSITIVE_INFINITY : this.width;
            const headerFields = this.headerFields;
            // only the header's record collects its fields here
            if (this.header === undefined)
                headerFields.length = 0;
            let count = 0;
            let innerLines = 0;
            for (;;) {
                if (pos >= n) {
                    // The bytes end right after a comma.
                    if (!final)
                        break records;
                    this.field(base, count++, width, headerFields, pos, pos, 0);
                    break;
                }
                c = bytes[pos];
                if (c === QUOTE) {
                    const from = pos + 1;
                    let doubled = 0;
                    let close = from;
                    for (;;) {
                        close = bytes.indexOf(QUOTE, close);
                        if (close === -1 || (close + 1 >= n && !final)) {
                            if (!final)
                                break records;
                            throw new csv_parser/* CsvSyntaxError */.oC(`${this.where()} opens a quoted field that is never closed`, this.rows + 1, this.line);
                        }
                        if (bytes[close + 1] === QUOTE) {
                            doubled = 1;
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    for (let at = bytes.indexOf(LF, from); at !== -1 && at < close; at = bytes.indexOf(LF, at + 1))
                        innerLines++;
                    this.field(base, count++, width, headerFields, from, close, doubled);
                    pos = close + 1;
                    if (pos >= n) {
                        if (!final)
                            break records;
                        break;
                    }
                    c = bytes[pos];
                    if (c === COMMA) {
                        pos++;
                        continue;
                    }
                    if (c === LF || c === CR) {
                        if (c === CR && pos + 1 >= n && !final)
                            break records;
                        pos += c === CR && bytes[pos + 1] === LF ? 2 : 1;
                        break;
                    }
                    // The message names the character: wait until its bytes are there and checked as UTF-8 (invalid
                    // bytes are an encoding error, reported first as when the text is decoded before it is parsed).
                    if (!final && pos >= this.validated)
                        break records;
                    throw new csv_parser/* CsvSyntaxError */.oC(`${this.where(innerLines)} has ${JSON.stringify((0,parse_bytes/* decodeRange */.K0)(bytes, pos, Math.min(n, pos + 4)).charAt(0))} right after a closing quote ` +
                        `in field ${count}; inside a quoted field, write a quote as ""`, this.rows + 1, this.line);
                }
                let end = pos;
                while (end < n) {
                    c = bytes[end];
                    if (c === COMMA || c === LF || c === CR)
                        break;
                    end++;
                }
                if (end >= n && !final)
                    break records;
                this.field(base, count++, width, headerFields, pos, end, 0);
                if (end >= n) {
                    pos = end;
                    break;
                }
                if (c === COMMA) {
                    pos = end + 1;
                    continue;
                }
                if (c === CR && end + 1 >= n && !final)
                    break records;
                pos = end + (c === CR && bytes[end + 1] === LF ? 2 : 1);
                break;
            }
            if (this.header === undefined) {
                this.setHeader(bytes, headerFields, count);
            }
            else {
                if (count !== this.width) {
                    throw new csv_parser/* CsvSyntaxError */.oC(`${this.where()} has ${count} field${count === 1 ? "" : "s"}, the header has ${this.width}`, this.rows + 1, this.line);
                }
                this.lines[this.records] = this.line;
                this.records++;
                this.rows++;
            }
            this.line += 1 + innerLines;
            recordStart = pos;
            if (one)
                break;
        }
        return recordStart;
    }
    /** The field as text, null when empty (`CsvParser`'s value). */
    text(record, field) {
        const at = record * this.width + field;
        const start = this.starts[at];
        const end = this.ends[at];
        if (start === end)
            return null;
        // One decode per batch and a substring per field is several times cheaper than a decode per field.
        if (this.decoded === undefined) {
            this.isAsciiBatch = (0,external_node_buffer_.isAscii)(this.bytes);
            this.decoded = this.bytes.toString(this.isAsciiBatch ? "latin1" : "utf8");
            this.cursorByte = 0;
            this.cursorChar = 0;
        }
        const text = this.isAsciiBatch
            ? this.decoded.slice(start, end)
            : this.decoded.slice(this.charOffset(start), this.charOffset(end));
        return this.escaped[at] === 1 ? text.replaceAll('""', '"') : text;
    }
    /** Whether the batch's bytes are all ASCII (so a field's length in UTF-16 units is its byte length); found once per batch. */
    get ascii() {
        if (this.asciiState < 0)
            this.asciiState = (0,external_node_buffer_.isAscii)(this.bytes) ? 1 : 0;
        return this.asciiState === 1;
    }
    /**
     * The length in UTF-16 code units of the field's bytes as they stand (before any `""` is unescaped),
     * without decoding them: one unit per byte that starts a character, two for a four-byte character (the
     * bytes before any field are checked UTF-8, so the count is exact). An all-ASCII batch, the common case,
     * is found once per batch and its fields are measured by their byte length.
     */
    utf16Length(record, field) {
        const at = record * this.width + field;
        const start = this.starts[at];
        const end = this.ends[at];
        if (this.ascii)
            return end - start;
        const bytes = this.bytes;
        let length = 0;
        for (let i = start; i < end; i++) {
            const b = bytes[i];
            if (b < 0x80)
                length++;
            else if (b >= 0xc0)
                length += b >= 0xf0 ? 2 : 1;
        }
        return length;
    }
    /** Whether the field is empty (`CsvParser` gives null), without decoding it. */
    isEmpty(record, field) {
        const at = record * this.width + field;
        return this.starts[at] === this.ends[at];
    }
    /** `isNull(text(record, field))` of parse-typed.ts: empty or only whitespace, decoding only when needed. */
    isBlank(record, field) {
        const at = record * this.width + field;
        const start = this.starts[at];
        const end = this.ends[at];
        if (start === end)
            return true;
        const first = this.bytes[start];
        if (first > 32 && first < 127)
            return false;
        return this.text(record, field).trim() === "";
    }
    /**
     * The field's number grammar (parse-text.ts's `NumberSyntax`, after trimming), its value in `value`: the
     * same as `NumberScanner.scan(trimText(text(record, field)))`.
     */
    number(record, field) {
        const at = record * this.width + field;
        if (this.escaped[at] === 1) {
            // A doubled quote is never part of a number, but the scanner decides from the unescaped text.
            const unescaped = Buffer.from(this.text(record, field) ?? "");
            return this.scanner.scan(unescaped, 0, unescaped.length);
        }
        return this.scanner.scan(this.bytes, this.starts[at], this.ends[at]);
    }
    /** `parseIsoTimestamp(text)` of the field (untrimmed, as `parseTyped` reads it; `trim` as the profiler does). */
    timestamp(record, field, trim = false) {
        const at = record * this.width + field;
        // A doubled quote is never part of a timestamp.
        if (this.escaped[at] === 1)
            return Number.NaN;
        return (0,parse_bytes/* parseIsoTimestampBytes */.a9)(this.bytes, this.starts[at], this.ends[at], trim);
    }
    /** `parseTyped("boolean", text)` of the field: true, false or undefined. */
    boolean(record, field) {
        const at = record * this.width + field;
        if (this.escaped[at] === 1)
            return undefined;
        return (0,parse_bytes/* booleanBytes */.Mm)(this.bytes, this.starts[at], this.ends[at]);
    }
    /** The batch as rows of strings and nulls, as `CsvParser.feed` appends them. */
    rowsInto(out) {
        const width = this.width;
        for (let r = 0; r < this.records; r++) {
            const row = new Array(width);
            for (let f = 0; f < width; f++)
                row[f] = this.text(r, f);
            out.push(row);
        }
    }
    /**
     * The UTF-16 offset in `decoded` of a byte offset of the batch, moving a cursor forward (fields are read
     * in order, so each byte is counted about once): every byte that starts a character is one UTF-16 unit,
     * a four-byte one two. The bytes before any field are checked UTF-8, so the count is exact.
     */
    charOffset(byte) {
        if (byte < this.cursorByte) {
            this.cursorByte = 0;
            this.cursorChar = 0;
        }
        const bytes = this.bytes;
        let char = this.cursorChar;
        for (let i = this.cursorByte; i < byte; i++) {
            const b = bytes[i];
            if (b < 0x80)
                char++;
            else if (b >= 0xc0)
                char += b >= 0xf0 ? 2 : 1;
        }
        this.cursorByte = byte;
        this.cursorChar = char;
        return char;
    }
    field(base, index, width, headerFields, start, end, escaped) {
        if (width === Number.POSITIVE_INFINITY) {
            headerFields.push(start, end, escaped);
            return;
        }
        // A ragged record's extra fields are counted, not kept; the record is refused when it ends.
        if (index >= width)
            return;
        this.starts[base + index] = start;
        this.ends[base + index] = end;
        this.escaped[base + index] = escaped;
    }
    setHeader(bytes, fields, count) {
        const names = [];
        for (let i = 0; i < count; i++) {
            const start = fields[i * 3];
            const end = fields[i * 3 + 1];
            const text = start === end ? null : (0,parse_bytes/* decodeRange */.K0)(bytes, start, end);
            names.push(text !== null && fields[i * 3 + 2] === 1 ? text.replaceAll('""', '"') : text);
        }
        this.header = (0,csv_parser/* checkHeader */.eb)(names, this.line);
        this.width = this.header.length;
    }
    reserve(records) {
        const need = records * this.width;
        if (need <= this.starts.length)
            return;
        const kernel = this.batchKernel;
        if (kernel !== undefined) {
            const grew = kernel.reserve(records, this.records);
            this.setArrays(kernel);
            if (grew && this.bytesInKernel)
                this.bytes = kernel.bytes;
            return;
        }
        const size = Math.max(need, this.starts.length * 2, 1024);
        const grow = (old, make) => {
            const next = make(size);
            next.set(old);
            return next;
        };
        this.starts = grow(this.starts, (n) => new Int32Array(n));
        this.ends = grow(this.ends, (n) => new Int32Array(n));
        this.escaped = grow(this.escaped, (n) => new Uint8Array(n));
        // As many lines as the field arrays hold records (the early return above counts on it: with fewer than
        // 16 fields, 64 lines used to run out before the 1024 fields did and later records lost their line).
        const held = Math.floor(size / this.width);
        if (this.lines.length < held) {
            const lines = new Float64Array(held);
            lines.set(this.lines);
            this.lines = lines;
        }
        Object.assign(this.own, {
            starts: this.starts,
            ends: this.ends,
            escaped: this.escaped,
            lines: this.lines,
        });
    }
    /** Points the batch's arrays at these (the kernel's views, or this tokenizer's own). */
    setArrays(arrays) {
        this.starts = arrays.starts;
        this.ends = arrays.ends;
        this.escaped = arrays.escaped;
        this.lines = arrays.lines;
    }
    /**
     * Checks as UTF-8 the bytes up to the last line end (a line end never falls inside a character, and no
     * record completes after it unless `final`), or all of them when `final`.
     */
    validate(bytes, final) {
        let end = bytes.length;
        if (!final) {
            const lf = bytes.lastIndexOf(LF);
            // A lone CR after the last LF ends a line too; only there is one looked for (a file with LF line
            // ends has no CR, and lastIndexOf(CR) would scan the whole chunk to say so).
            let cr = -1;
            if (lf < 0)
                cr = bytes.lastIndexOf(CR);
            else
                for (let i = bytes.length - 1; i > lf && cr < 0; i--)
                    if (bytes[i] === CR)
                        cr = i;
            end = Math.max(lf, cr) + 1;
        }
        if (end <= this.validated)
            return;
        if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(this.validated, end))) {
            const bad = firstInvalidUtf8(bytes, this.validated, end);
            if (bad.truncated && final)
                throw new InvalidUtf8Error(this.offset + bad.at, "the file ends in the middle of a UTF-8 character");
            throw new InvalidUtf8Error(this.offset + bad.at);
        }
        this.validated = end;
    }
    where(innerLines = 0) {
        const line = innerLines > 0 ? `lines ${this.line}-${this.line + innerLines}` : `line ${this.line}`;
        return this.header === undefined ? `the header (${line})` : `row ${this.rows + 1} (${line})`;
    }
}
/**
 * Where the first invalid UTF-8 sequence in bytes[start, end) begins, as the WHATWG decoder (TextDecoder)
 * sees it: the first byte of a sequence that an unexpected byte breaks, or that unexpected byte itself when
 * it cannot begin a character. `truncated`: the bytes end inside a character that was valid so far.
 */
function firstInvalidUtf8(bytes, start, end) {
    let i = start;
    while (i < end) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        let need;
        let lower = 0x80;
        let upper = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf)
            need = 1;
        else if (lead >= 0xe0 && lead <= 0xef) {
            need = 2;
            if (lead === 0xe0)
                lower = 0xa0;
            if (lead === 0xed)
                upper = 0x9f;
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            need = 3;
            if (lead === 0xf0)
                lower = 0x90;
            if (lead === 0xf4)
                upper = 0x8f;
        }
        else
            return { at: i, truncated: false };
        for (let k = 1; k <= need; k++) {
            if (i + k >= end)
                return { at: i, truncated: true };
            const next = bytes[i + k];
            if (next < lower || next > upper)
                return { at: i, truncated: false };
            lower = 0x80;
            upper = 0xbf;
        }
        i += need + 1;
    }
    return { at: end, truncated: false };
}


/***/ }),

/***/ 53293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   xZ: () => (/* binding */ rowLabel),
/* harmony export */   z9: () => (/* binding */ fileAccessError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

/**
 * A problem with a data file or source that the user has to fix: the message names the file and, where it
 * applies, the row, line and column, and says what is wrong.
 */
class DataError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = "DataError";
    file;
    row;
    line;
    column;
    /** `reason` is the sentence after the file name, e.g. `row 17 (line 18) has 5 fields, the header has 6`. */
    constructor(location, reason, options) {
        super(`${location.file}: ${reason}`, options);
        this.file = location.file;
        this.row = location.row;
        this.line = location.line;
        this.column = location.column;
    }
}
/** `row 17 (line 18)`, or `row 17` when the line is unknown. */
function rowLabel(row, line) {
    return line === undefined ? `row ${row}` : `row ${row} (line ${line})`;
}
/** Turns a failed open, stat or read of `file` into a DataError that says what happened in plain words. */
function fileAccessError(file, error) {
    if (error instanceof DataError)
        return error;
    const code = error?.code;
    const reason = code === "ENOENT"
        ? "does not exist"
        : code === "EACCES" || code === "EPERM"
            ? "cannot be read (permission denied)"
            : code === "EISDIR"
                ? "is a directory, not a file"
                : `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    return new DataError({ file }, reason, { cause: error });
}


/***/ }),

/***/ 40089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   WV: () => (/* binding */ isGzipped)
/* harmony export */ });
/* unused harmony exports DATA_FORMATS, formatFromExtension */
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53293);

const DATA_FORMATS = (/* unused pure expression or super */ null && (["csv", "parquet", "jsonl"]));
const EXTENSIONS = [
    [".csv", "csv"],
    [".parquet", "parquet"],
    [".pq", "parquet"],
    [".jsonl", "jsonl"],
    [".ndjson", "jsonl"],
];
const ALIASES = {
    csv: "csv",
    parquet: "parquet",
    jsonl: "jsonl",
    ndjson: "jsonl",
};
/** Whether the file is gzip-compressed, by its `.gz` suffix (CSV and JSON Lines only). */
function isGzipped(path) {
    return path.toLowerCase().endsWith(".gz");
}
/** The format a file's extension names (`data.csv`, `data.csv.gz`, `part-0.parquet`), or undefined. */
function formatFromExtension(path) {
    let name = path.toLowerCase();
    if (name.endsWith(".gz"))
        name = name.slice(0, -3);
    for (const [extension, format] of EXTENSIONS) {
        if (name.endsWith(extension))
            return format;
    }
    return undefined;
}
/**
 * The format of `path`: `explicit` when given (csv, parquet, jsonl or ndjson), else from the extension
 * (.csv, .parquet/.pq, .jsonl/.ndjson, each optionally followed by .gz except Parquet, which compresses
 * internally). Throws a DataError when neither says.
 */
function detectFormat(path, explicit) {
    let format;
    if (explicit !== undefined && explicit !== "") {
        format = ALIASES[explicit.trim().toLowerCase()];
        if (format === undefined) {
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, `unknown format "${explicit}" (use csv, parquet or jsonl)`);
        }
    }
    else {
        format = formatFromExtension(path);
        if (format === undefined) {
            const extension = /(\.[^./\\]+)$/.exec(path)?.[1];
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, `cannot tell the format from ${extension ? `the extension "${extension}"` : "a name without an extension"}; ` +
                "name the file .csv, .parquet or .jsonl (optionally .gz for CSV and JSON Lines), or set the format");
        }
    }
    if (format === "parquet" && isGzipped(path)) {
        throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, "a gzip-compressed Parquet file is not supported (Parquet compresses its pages itself)");
    }
    return format;
}


/***/ }),

/***/ 73027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ feedCsv),
/* harmony export */   Nb: () => (/* binding */ readCsv)
/* harmony export */ });
/* unused harmony exports readFailure, readCsvHeader, csvError */
/* harmony import */ var _csv_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44366);
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38594);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53293);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42576);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30109);





const NO_BYTES = new Uint8Array(0);
/**
 * Feeds bytes to `tokenizer`, turning its errors into the DataErrors a reader reports (a CSV syntax error
 * with the file's row and line, invalid UTF-8 with the byte and line). Returns the number of records the
 * bytes completed; the tokenizer's batch holds them until the next call.
 */
async function feedCsv(path, tokenizer, bytes, final) {
    try {
        return tokenizer.feed(bytes, final);
    }
    catch (error) {
        if (error instanceof _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidUtf8Error */ .tJ)
            throw await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8 */ .tR)(path, error.byteOffset, error.detail);
        throw csvError(path, error);
    }
}
async function* readCsv(path, batchSize) {
    const tokenizer = new _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvTokenizer */ .YB();
    let batcher;
    const parse = async (bytes, final) => {
        await feedCsv(path, tokenizer, bytes, final);
        if (tokenizer.header === undefined) {
            if (final)
                throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "has no header row (the file is empty or blank)");
            return [];
        }
        batcher ??= new _row_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .RowBatcher */ .Ot(tokenizer.header, batchSize);
        if (tokenizer.records === 0)
            return [];
        const rows = [];
        tokenizer.rowsInto(rows);
        return batcher.add(rows);
    };
    const stream = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .openByteStream */ .LY)(path);
    try {
        for await (const chunk of stream)
            yield* await parse(chunk, false);
        yield* await parse(NO_BYTES, true);
    }
    catch (error) {
        throw readFailure(path, error);
    }
    finally {
        stream.destroy();
    }
    if (batcher)
        yield* batcher.finish();
}
/** A failure to read the bytes (I/O, gzip) as a DataError; a DataError as is; anything else is a bug. */
function readFailure(path, error) {
    if (error instanceof _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL)
        return error;
    return typeof error?.code === "string"
        ? (0,_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readError */ .lS)(path, error)
        : error;
}
/** Characters {@link readCsvHeader} parses at a time. */
const HEADER_SLICE = 16_384;
/** The header's column names, reading no further than the header. */
async function readCsvHeader(path) {
    const parser = new CsvParser();
    const rows = [];
    try {
        for await (const text of readTextChunks(path)) {
            // In slices: the parser stops at the slice's end (carrying an unfinished record), so the header costs
            // its own few bytes, not the parse of a whole chunk's rows (an unchanged re-snapshot reads every
            // file's header).
            for (let at = 0; at < text.length; at += HEADER_SLICE) {
                parser.feed(text.slice(at, at + HEADER_SLICE), false, rows);
                if (parser.header)
                    return parser.header;
            }
        }
        parser.feed("", true, rows);
    }
    catch (error) {
        // A bad data row after a good header does not concern the schema.
        if (parser.header && error instanceof CsvSyntaxError && error.row > 0)
            return parser.header;
        throw csvError(path, error);
    }
    if (parser.header)
        return parser.header;
    throw new DataError({ file: path }, "has no header row (the file is empty or blank)");
}
function csvError(path, error) {
    if (!(error instanceof _csv_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvSyntaxError */ .oC))
        return error;
    return new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({
        file: path,
        line: error.line,
        ...(error.row > 0 ? { row: error.row } : {}),
        ...(error.column === undefined ? {} : { column: error.column }),
    }, error.reason, { cause: error });
}


/***/ }),

/***/ 63801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fl: () => (/* binding */ readJsonl),
/* harmony export */   mV: () => (/* binding */ jsonlRowMapper),
/* harmony export */   zl: () => (/* binding */ JsonLinesParser)
/* harmony export */ });
/* unused harmony export readJsonlColumns */
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53293);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42576);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30109);



/** Splits decoded text into lines and parses each non-blank one as a JSON object. */
class JsonLinesParser {
    path;
    rows = 0;
    /** The physical line the next line of text is. */
    line = 1;
    carry = "";
    /** `origin`: the rows and lines before the text this parser is fed (a part of a file read on its own). */
    constructor(path, origin) {
        this.path = path;
        if (origin) {
            this.rows = origin.rows;
            this.line = origin.lines + 1;
        }
    }
    feed(chunk, final, onObject) {
        const text = this.carry.length > 0 ? this.carry + chunk : chunk;
        let start = 0;
        for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
            this.parseLine(text, start, end, onObject);
            start = end + 1;
        }
        if (final) {
            if (start < text.length)
                this.parseLine(text, start, text.length, onObject);
            this.carry = "";
        }
        else {
            this.carry = text.slice(start);
        }
    }
    parseLine(text, start, end, onObject) {
        const line = this.line++;
        const source = text.slice(start, end);
        if (source.trim() === "")
            return;
        const row = this.rows + 1;
        let value;
        try {
            value = JSON.parse(source);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: this.path, row, line }, `${(0,_data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .rowLabel */ .xZ)(row, line)} is not valid JSON: ${reason}`, {
                cause: error,
            });
        }
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
            const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: this.path, row, line }, `${(0,_data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .rowLabel */ .xZ)(row, line)} is ${kind}; each line of a JSON Lines file must be one JSON object`);
        }
        this.rows = row;
        onObject(value, row, line);
    }
}
async function parseFile(path, onObject) {
    const parser = new JsonLinesParser(path);
    for await (const text of (0,_read_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextChunks */ .cj)(path))
        parser.feed(text, false, onObject);
    parser.feed("", true, onObject);
    return parser.rows;
}
/**
 * Every key that appears in any row, in order of first appearance. Rows may leave keys out (many writers
 * drop nulls), so the first row alone cannot tell the schema: this reads the whole file once.
 */
async function readJsonlColumns(path) {
    const columns = new Set();
    const rows = await parseFile(path, (object) => {
        for (const key in object)
            columns.add(key);
    });
    if (rows === 0) {
        throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, "has no rows (the file is empty or blank), so it has no columns");
    }
    if (columns.size === 0)
        throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, "has no columns (every object is empty)");
    return [...columns];
}
async function* readJsonl(path, batchSize, known) {
    const columns = known ?? (await readJsonlColumns(path));
    const batcher = new _row_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .RowBatcher */ .Ot(columns, batchSize);
    const parser = new JsonLinesParser(path);
    let rows = [];
    const toRow = jsonlRowMapper(path, columns, (values) => rows.push(values));
    const flush = () => {
        const batches = batcher.add(rows);
        rows = [];
        return batches;
    };
    for await (const text of (0,_read_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextChunks */ .cj)(path)) {
        parser.feed(text, false, toRow);
        yield* flush();
    }
    parser.feed("", true, toRow);
    yield* flush();
    yield* batcher.finish();
}
/** Turns each parsed object into a row of `columns` (a missing key is null; an unknown key is an error). */
function jsonlRowMapper(path, columns, onRow) {
    const index = new Map(columns.map((name, i) => [name, i]));
    const width = columns.length;
    return (object, row, line) => {
        const values = new Array(width).fill(null);
        for (const key in object) {
            const at = index.get(key);
            if (at === undefined) {
                throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path, row, line, column: key }, `${(0,_data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .rowLabel */ .xZ)(row, line)} has the key "${key}", which is not one of the file's columns (${columns.join(", ")})`);
            }
            values[at] = object[key] ?? null;
        }
        onRow(values);
    };
}


/***/ }),

/***/ 42576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   LY: () => (/* binding */ openByteStream),
/* harmony export */   cj: () => (/* binding */ readTextChunks),
/* harmony export */   iB: () => (/* binding */ firstInvalidByte),
/* harmony export */   lS: () => (/* binding */ readError),
/* harmony export */   od: () => (/* binding */ openForRead),
/* harmony export */   tR: () => (/* binding */ invalidUtf8),
/* harmony export */   yB: () => (/* binding */ unfinishedTail)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53293);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40089);




// A value sliced from decoded text can keep its whole chunk alive (V8 slices rather than copies longer
// substrings), so text chunks stay small; 256 KiB reads as fast as larger ones.
const CHUNK_BYTES = 1 << 18;
/** Opens a regular file for reading, turning a missing, unreadable or non-regular path into a DataError. */
async function openForRead(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "is a directory, not a file");
        if (!stat.isFile())
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "is not a regular file");
        return handle;
    }
    catch (error) {
        await handle?.close();
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
    }
}
/** The file's bytes as a stream of 256 KiB chunks, gunzipped when the name ends in .gz. */
async function openByteStream(path) {
    const handle = await openForRead(path);
    const raw = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
    if (!(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .isGzipped */ .WV)(path))
        return raw;
    // Loaded here: every command that reads a file (a re-snapshot's hashing too) imports this module, few gunzip.
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    raw.on("error", (error) => gunzip.destroy(error));
    gunzip.on("close", () => raw.destroy());
    return raw.pipe(gunzip);
}
/**
 * The file's text, decoded as strict UTF-8 (a byte-order mark is dropped), in chunks of about 256 KiB.
 * Invalid UTF-8 is a DataError naming the byte offset and line, not a silent replacement character.
 */
async function* readTextChunks(path) {
    const bytes = await openByteStream(path);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let offset = 0;
    let last = new Uint8Array(0);
    try {
        for await (const chunk of bytes) {
            last = chunk;
            let text;
            try {
                text = decoder.decode(chunk, { stream: true });
            }
            catch {
                throw await invalidUtf8(path, offset + firstInvalidByte(chunk));
            }
            offset += chunk.byteLength;
            if (text.length > 0)
                yield text;
        }
        let rest;
        try {
            rest = decoder.decode();
        }
        catch {
            const start = offset - unfinishedTail(last);
            throw await invalidUtf8(path, start, "the file ends in the middle of a UTF-8 character");
        }
        if (rest.length > 0)
            yield rest;
    }
    catch (error) {
        throw readError(path, error);
    }
    finally {
        bytes.destroy();
    }
}
/** Translates a failure while reading a text file's bytes (I/O, gzip) into a DataError. */
function readError(path, error) {
    if (error instanceof _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL)
        return error;
    const code = error?.code;
    if (typeof code === "string" && code.startsWith("Z_")) {
        const reason = error instanceof Error ? error.message : String(error);
        return new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, `is not valid gzip data: ${reason}`, { cause: error });
    }
    return (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
}
/**
 * The offset in `chunk` of the first byte of the first invalid sequence. Decoding a prefix in streaming mode
 * fails exactly when the prefix holds an invalid sequence, so the failing byte can be found by bisection.
 * Up to three leading continuation bytes may finish a character begun in the previous chunk and are skipped.
 */
function firstInvalidByte(chunk) {
    let start = 0;
    while (start < 3 && start < chunk.length && ((chunk[start] ?? 0) & 0xc0) === 0x80)
        start++;
    const decodes = (end) => {
        try {
            new TextDecoder("utf-8", { fatal: true }).decode(chunk.subarray(start, end), { stream: true });
            return true;
        }
        catch {
            return false;
        }
    };
    let good = start;
    let bad = chunk.length;
    while (bad - good > 1) {
        const middle = (good + bad) >>> 1;
        if (decodes(middle))
            good = middle;
        else
            bad = middle;
    }
    // The byte at `good` breaks the text; if it was meant to continue a character begun just before it,
    // that character's first byte is where the invalid sequence starts.
    let lead = good;
    while (lead > start && good - lead < 3 && ((chunk[lead - 1] ?? 0) & 0xc0) === 0x80)
        lead--;
    const first = chunk[lead - 1] ?? 0;
    if (lead > start && first >= 0xc0) {
        const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : 2;
        if (lead - 1 + length > good)
            return lead - 1;
    }
    return good;
}
/** How many bytes at the end of `chunk` begin a character that does not finish there. */
function unfinishedTail(chunk) {
    for (let back = 1; back <= Math.min(3, chunk.length); back++) {
        const byte = chunk[chunk.length - back] ?? 0;
        if ((byte & 0xc0) === 0x80)
            continue;
        return byte >= 0xc0 ? back : 0;
    }
    return 0;
}
async function invalidUtf8(path, byteOffset, detail) {
    const line = await lineAtByte(path, byteOffset);
    const where = `byte ${byteOffset}${line === undefined ? "" : ` (line ${line})`}`;
    return new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path, ...(line === undefined ? {} : { line }) }, `is not valid UTF-8 at ${where}${detail ? `: ${detail}` : ""}; save it as UTF-8`);
}
/** The 1-based line holding byte `byteOffset` of the (decompressed) file; only used to explain an error. */
async function lineAtByte(path, byteOffset) {
    let line = 1;
    let seen = 0;
    const bytes = await openByteStream(path);
    try {
        for await (const chunk of bytes) {
            const end = Math.min(chunk.byteLength, byteOffset - seen);
            for (let at = chunk.indexOf(10); at !== -1 && at < end; at = chunk.indexOf(10, at + 1))
                line++;
            seen += chunk.byteLength;
            if (seen >= byteOffset)
                return line;
        }
        return line;
    }
    catch {
        return undefined;
    }
    finally {
        bytes.destroy();
    }
}


/***/ }),

/***/ 30109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ RowBatcher),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE),
/* harmony export */   zC: () => (/* binding */ batchSizeOf)
/* harmony export */ });
const DEFAULT_BATCH_SIZE = 8192;
function batchSizeOf(options) {
    const size = options?.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`batchSize must be a positive integer, got ${size}`);
    return size;
}
/** Cuts incoming rows into batches of exactly `size` rows, keeping the remainder for the next call. */
class RowBatcher {
    columns;
    size;
    current = [];
    nextRow = 1;
    emitted = false;
    constructor(columns, size) {
        this.columns = columns;
        this.size = size;
    }
    /** Takes ownership of `rows`: the caller must not change the array afterwards. */
    add(rows) {
        if (rows.length === 0)
            return [];
        if (this.current.length === 0 && rows.length === this.size)
            return [this.take(rows)];
        const batches = [];
        for (const row of rows) {
            this.current.push(row);
            if (this.current.length === this.size) {
                batches.push(this.take(this.current));
                this.current = [];
            }
        }
        return batches;
    }
    /** The last, shorter batch; an empty one when the file had no rows at all, so the columns are still seen. */
    finish() {
        if (this.current.length === 0 && this.emitted)
            return [];
        const last = this.take(this.current);
        this.current = [];
        return [last];
    }
    take(rows) {
        const batch = { columns: this.columns, rows, firstRowNumber: this.nextRow };
        this.nextRow += rows.length;
        this.emitted = true;
        return batch;
    }
}


/***/ }),

/***/ 61927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ BUG_REPORT_HINT),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The error taxonomy. A `UserError` is a problem the person running trainyard can fix (a config value, a
 * missing file, an unreachable server, data that breaks a rule, a gate that rejects): the action and the CLI
 * print its message alone. Anything else is a trainyard bug: they print its stack and ask for a report.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "UserError";
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
const BUG_REPORT_HINT = "this is a trainyard bug: please report it at https://github.com/trainyard/trainyard/issues with the log above";


/***/ }),

/***/ 16534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ decodeRange),
/* harmony export */   MP: () => (/* binding */ ByteNumberScanner),
/* harmony export */   Mm: () => (/* binding */ booleanBytes),
/* harmony export */   No: () => (/* binding */ PlainDecimalReader),
/* harmony export */   a9: () => (/* binding */ parseIsoTimestampBytes),
/* harmony export */   i$: () => (/* binding */ parseIsoTimestampCommon)
/* harmony export */ });
/* harmony import */ var _parse_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36574);
/**
 * The scanners of parse-text.ts over UTF-8 bytes, for readers that keep a CSV field as a byte range instead
 * of slicing a string for it (src/data/csv-tokenizer.ts). They accept exactly what the string versions
 * accept and give the same values (test/unit/stats/parse-bytes.test.ts compares them on every input it
 * tries): the grammars are ASCII, so a range holding any byte ≥ 0x80 (a non-ASCII space to trim, or a
 * character that makes the value invalid) is decoded and handed to the string version.
 */

const DECIMAL_SYNTAX = 2;
// Powers of ten that a double holds exactly.
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const FAST_PATH_DIGITS = 15;
/**
 * A plain decimal `-?digits(.digits)?` of 1 to 15 digits (Clinger's fast path: the mantissa over an exact
 * power of ten is one correctly rounded division, so the value is `Number(text)`), read straight from bytes
 * the caller knows end in printable ASCII: `read` gives the value, or NaN for anything else (a sign `+`, an
 * exponent, padding, more digits: the general scanners' business), and `point` whether the last value read
 * had a decimal point (`1.0` is not written as an integer).
 */
class PlainDecimalReader {
    point = false;
    read(bytes, start, end) {
        const negative = bytes[start] === 45;
        let i = negative ? start + 1 : start;
        let mantissa = 0;
        let digit = 0;
        while (i < end) {
            digit = bytes[i] - 48;
            if (digit >>> 0 > 9)
                break;
            mantissa = mantissa * 10 + digit;
            i++;
        }
        let digits = i - start - (negative ? 1 : 0);
        let fraction = 0;
        const point = i < end && bytes[i] === 46;
        if (point) {
            const from = ++i;
            while (i < end) {
                digit = bytes[i] - 48;
                if (digit >>> 0 > 9)
                    break;
                mantissa = mantissa * 10 + digit;
                i++;
            }
            fraction = i - from;
            digits += fraction;
        }
        if (i !== end || digits === 0 || digits > FAST_PATH_DIGITS)
            return Number.NaN;
        this.point = point;
        const magnitude = fraction === 0 ? mantissa : mantissa / EXACT_POWERS_OF_TEN[fraction];
        return negative ? -magnitude : magnitude;
    }
}
/** The bytes as text (a Buffer's own decoder; `utf8Slice` is what `toString` calls). */
function decodeRange(bytes, start, end) {
    return bytes.toString("utf8", start, end);
}
/** Whether bytes[start, end) holds a byte ≥ 0x80. */
function hasNonAscii(bytes, start, end) {
    for (let i = start; i < end; i++)
        if (bytes[i] >= 0x80)
            return true;
    return false;
}
/** Is an ASCII byte whitespace to `String.prototype.trim` (tab, LF, VT, FF, CR, space)? */
function isAsciiSpace(byte) {
    return byte === 32 || (byte >= 9 && byte <= 13);
}
/**
 * `NumberScanner` over bytes: `scan(bytes, start, end)` trims like `trimText`, returns the grammar the
 * text matches and leaves its value, always `Number(text)`, in `value`.
 */
class ByteNumberScanner {
    value = Number.NaN;
    text = new _parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberScanner */ .GJ();
    scan(bytes, start, end) {
        this.asciiEnds = false;
        return this.scanRange(bytes, start, end);
    }
    /**
     * `scan` of a range whose first and last bytes the caller knows are printable ASCII (nothing to trim): a
     * range the ASCII grammar refuses is then not a number whatever non-ASCII bytes it holds, and is never
     * decoded.
     */
    scanAsciiEnds(bytes, start, end) {
        this.asciiEnds = true;
        return this.scanRange(bytes, start, end);
    }
    asciiEnds = false;
    scanRange(bytes, start, end) {
        while (start < end && isAsciiSpace(bytes[start]))
            start++;
        while (end > start && isAsciiSpace(bytes[end - 1]))
            end--;
        if (start === end)
            return _parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_NUMERIC */ .Yw;
        let i = start;
        let code = bytes[i];
        const negative = code === 45;
        if (negative || code === 43)
            i++;
        let mantissa = 0;
        const integerStart = i;
        while (i < end) {
            code = bytes[i] - 48;
            if (code < 0 || code > 9)
                break;
            mantissa = mantissa * 10 + code;
            i++;
        }
        const integerDigits = i - integerStart;
        let digitCount = integerDigits;
        let decimal = false;
        let fractionDigits = 0;
        if (i < end && bytes[i] === 46) {
            decimal = true;
            i++;
            while (i < end) {
                code = bytes[i] - 48;
                if (code < 0 || code > 9)
                    break;
                mantissa = mantissa * 10 + code;
                fractionDigits++;
                i++;
            }
            if (integerDigits === 0 && fractionDigits === 0)
                return this.slow(bytes, start, end);
            digitCount += fractionDigits;
        }
        else if (integerDigits === 0)
            return this.slow(bytes, start, end);
        let exponent = 0;
        if (i < end) {
            code = bytes[i];
            if (code !== 101 && code !== 69)
                return this.slow(bytes, start, end);
            i++;
            code = i < end ? bytes[i] : 0;
            const negativeExponent = code === 45;
            if (negativeExponent || code === 43)
                i++;
            const exponentStart = i;
            while (i < end) {
                code = bytes[i] - 48;
                if (code < 0 || code > 9)
                    break;
                if (exponent < 100_000)
                    exponent = exponent * 10 + code;
                i++;
            }
            if (i === exponentStart || i !== end)
                return this.slow(bytes, start, end);
            if (negativeExponent)
                exponent = -exponent;
            decimal = true;
        }
        const scale = exponent - fractionDigits;
        if (digitCount <= FAST_PATH_DIGITS && scale >= -22 && scale <= 22) {
            const magnitude = scale >= 0
                ? mantissa * EXACT_POWERS_OF_TEN[scale]
                : mantissa / EXACT_POWERS_OF_TEN[-scale];
            this.value = negative ? -magnitude : magnitude;
        }
        else
            this.value = Number(bytes.toString("latin1", start, end));
        return decimal ? DECIMAL_SYNTAX : _parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .INTEGER_SYNTAX */ .vH;
    }
    /** Not a number in ASCII; decided by the string scanner when a non-ASCII byte could be a space to trim. */
    slow(bytes, start, end) {
        if (this.asciiEnds || !hasNonAscii(bytes, start, end))
            return _parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_NUMERIC */ .Yw;
        const syntax = this.text.scan((0,_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimText */ .Oj)(decodeRange(bytes, start, end)));
        this.value = this.text.value;
        return syntax;
    }
}
/** `booleanLiteral` of parse-text.ts plus `1`/`0`, over bytes, trimmed: true, false or undefined. */
function booleanBytes(bytes, start, end) {
    while (start < end && isAsciiSpace(bytes[start]))
        start++;
    while (end > start && isAsciiSpace(bytes[end - 1]))
        end--;
    const n = end - start;
    if (n === 1) {
        const byte = bytes[start];
        return byte === 49 ? true : byte === 48 ? false : nonAsciiBoolean(bytes, start, end);
    }
    if (n === 4) {
        if ((bytes[start] | 0x20) === 116 &&
            (bytes[start + 1] | 0x20) === 114 &&
            (bytes[start + 2] | 0x20) === 117 &&
            (bytes[start + 3] | 0x20) === 101)
            return true;
    }
    else if (n === 5) {
        if ((bytes[start] | 0x20) === 102 &&
            (bytes[start + 1] | 0x20) === 97 &&
            (bytes[start + 2] | 0x20) === 108 &&
            (bytes[start + 3] | 0x20) === 115 &&
            (bytes[start + 4] | 0x20) === 101)
            return false;
    }
    return nonAsciiBoolean(bytes, start, end);
}
function nonAsciiBoolean(bytes, start, end) {
    if (!hasNonAscii(bytes, start, end))
        return undefined;
    const text = (0,_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimText */ .Oj)(decodeRange(bytes, start, end)).toLowerCase();
    return text === "true" || text === "1" ? true : text === "false" || text === "0" ? false : undefined;
}
function digits(bytes, start, count) {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        const digit = bytes[i] - 48;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil), as in parse-text.ts. */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
/**
 * `parseIsoTimestamp` over bytes[start, end), untrimmed (as the validator reads timestamps): milliseconds
 * since the epoch, or NaN. `trim` first trims like `trimText` (as the profiler reads them).
 */
function parseIsoTimestampBytes(bytes, start, end, trim = false) {
    if (trim) {
        while (start < end && isAsciiSpace(bytes[start]))
            start++;
        while (end > start && isAsciiSpace(bytes[end - 1]))
            end--;
        if (end > start && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80))
            return (0,_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIsoTimestamp */ .RJ)((0,_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimText */ .Oj)(decodeRange(bytes, start, end)));
    }
    // The grammar is ASCII: a non-ASCII byte anywhere makes the text invalid, which the checks below find.
    const n = end - start;
    if (n < 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45)
        return Number.NaN;
    const year = digits(bytes, start, 4);
    const month = digits(bytes, start + 5, 2);
    const day = digits(bytes, start + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return Number.NaN;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let millisecond = 0;
    let offset = 0;
    if (n > 10) {
        const separator = bytes[start + 10];
        if ((separator !== 84 && separator !== 32) || n < 16 || bytes[start + 13] !== 58)
            return Number.NaN;
        hour = digits(bytes, start + 11, 2);
        minute = digits(bytes, start + 14, 2);
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59)
            return Number.NaN;
        let i = start + 16;
        if (i < end && bytes[i] === 58) {
            if (i + 3 > end)
                return Number.NaN;
            second = digits(bytes, i + 1, 2);
            if (second < 0 || second > 59)
                return Number.NaN;
            i += 3;
            if (i < end && bytes[i] === 46) {
                const first = ++i;
                let scale = 100;
                while (i < end) {
                    const digit = bytes[i] - 48;
                    if (digit < 0 || digit > 9)
                        break;
                    millisecond += digit * scale;
                    scale /= 10;
                    i++;
                }
                if (i === first)
                    return Number.NaN;
                millisecond = Math.floor(millisecond);
            }
        }
        if (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0))
            return Number.NaN;
        if (i < end) {
            const zone = bytes[i];
            if (zone === 90) {
                if (i + 1 !== end)
                    return Number.NaN;
            }
            else if (zone === 43 || zone === 45) {
                const colon = bytes[i + 3] === 58;
                if (i + (colon ? 6 : 5) !== end)
                    return Number.NaN;
                const offsetHours = digits(bytes, i + 1, 2);
                const offsetMinutes = digits(bytes, i + (colon ? 4 : 3), 2);
                if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
                    return Number.NaN;
                offset = (zone === 43 ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
            }
            else
                return Number.NaN;
        }
    }
    return (daysFromCivil(year, month, day) * 86_400_000 +
        hour * 3_600_000 +
        minute * 60_000 +
        second * 1000 +
        millisecond -
        offset);
}
/** The year and `daysFromCivil(year, month, 1)` of each month (1–12) last read by parseIsoTimestampCommon. */
const MONTH_START_YEAR = new Int32Array(13).fill(-1);
const MONTH_START_DAYS = new Float64Array(13);
/** The two ASCII digits at bytes[at], or -1. */
function twoDigits(bytes, at) {
    const high = bytes[at] - 48;
    const low = bytes[at + 1] - 48;
    return high >>> 0 > 9 || low >>> 0 > 9 ? -1 : high * 10 + low;
}
/**
 * `parseIsoTimestampBytes` for the common layouts only, each read at fixed offsets: `YYYY-MM-DD`, and that
 * with `[T ]hh:mm:ss`, optionally `.fff` (exactly three digits), optionally `Z` (10, 19, 20, 23 or 24
 * bytes). NaN for anything else, valid or not: the caller then asks `parseIsoTimestampBytes`, so a NaN here
 * says nothing. Where it gives a number it is `parseIsoTimestampBytes`'s (the same checks, and every term is
 * an exact integer, so the sum does not depend on its order).
 */
function parseIsoTimestampCommon(bytes, start, end) {
    const n = end - start;
    if (n !== 10 && (n < 19 || n > 24 || n === 21 || n === 22))
        return Number.NaN;
    if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45)
        return Number.NaN;
    const century = twoDigits(bytes, start);
    const yearOfCentury = twoDigits(bytes, start + 2);
    const month = twoDigits(bytes, start + 5);
    const day = twoDigits(bytes, start + 8);
    if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return Number.NaN;
    // daysFromCivil is the month's first day plus day − 1; the first days of the months last seen are kept.
    const year = century * 100 + yearOfCentury;
    let monthStart = MONTH_START_DAYS[month];
    if (MONTH_START_YEAR[month] !== year) {
        monthStart = daysFromCivil(year, month, 1);
        MONTH_START_YEAR[month] = year;
        MONTH_START_DAYS[month] = monthStart;
    }
    const days = monthStart + day - 1;
    if (n === 10)
        return days * 86_400_000;
    let zoned = false;
    let millisecond = 0;
    if (n === 20 || n === 24) {
        if (bytes[end - 1] !== 90)
            return Number.NaN;
        zoned = true;
    }
    if (n === 23 || n === 24) {
        if (bytes[start + 19] !== 46)
            return Number.NaN;
        const hundreds = bytes[start + 20] - 48;
        const rest = twoDigits(bytes, start + 21);
        if (hundreds >>> 0 > 9 || rest < 0)
            return Number.NaN;
        millisecond = hundreds * 100 + rest;
    }
    else if (n !== (zoned ? 20 : 19))
        return Number.NaN;
    const separator = bytes[start + 10];
    if ((separator !== 84 && separator !== 32) || bytes[start + 13] !== 58 || bytes[start + 16] !== 58)
        return Number.NaN;
    const hour = twoDigits(bytes, start + 11);
    const minute = twoDigits(bytes, start + 14);
    const second = twoDigits(bytes, start + 17);
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return Number.NaN;
    if (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0))
        return Number.NaN;
    return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond;
}


/***/ }),

/***/ 36574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ booleanLiteral),
/* harmony export */   GJ: () => (/* binding */ NumberScanner),
/* harmony export */   Oj: () => (/* binding */ trimText),
/* harmony export */   RJ: () => (/* binding */ parseIsoTimestamp),
/* harmony export */   To: () => (/* binding */ numberSyntax),
/* harmony export */   Yw: () => (/* binding */ NOT_NUMERIC),
/* harmony export */   vH: () => (/* binding */ INTEGER_SYNTAX)
/* harmony export */ });
/* unused harmony export DECIMAL_SYNTAX */
/**
 * Allocation-free scanners for the text a CSV reader hands over. They accept exactly what the validator's
 * `parseTyped` accepts (test/unit/stats/parse-text.test.ts checks the two agree), so a value the profiler
 * counts as invalid is one validation would flag; they exist because a regular expression per value would
 * dominate a profiling pass.
 */
/** Not a number in the validator's grammar. */
const NOT_NUMERIC = 0;
/** `[+-]?\d+`: a number that also parses as an integer. */
const INTEGER_SYNTAX = 1;
/** `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?` with a point or an exponent. */
const DECIMAL_SYNTAX = 2;
function isDigit(code) {
    return code >= 48 && code <= 57;
}
/**
 * Text without the leading and trailing whitespace `String.prototype.trim` removes; the same string (no
 * copy) when its ends are printable ASCII, which is the common case.
 */
function trimText(text) {
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}
// Powers of ten that a double holds exactly.
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Up to 15 digits the mantissa is an exact integer, so one multiplication or division rounds correctly. */
const FAST_PATH_DIGITS = 15;
/**
 * Reads numbers from trimmed text in one scan: `scan` returns the grammar the text matches and leaves its
 * value in `value`. Short decimals take Clinger's fast path (an exact mantissa times or over an exact power
 * of ten, one correctly rounded operation); the rest go to `Number`, so the value is always `Number(text)`.
 */
class NumberScanner {
    value = Number.NaN;
    scan(text) {
        const n = text.length;
        let i = 0;
        let code = text.charCodeAt(0);
        const negative = code === 45;
        if (negative || code === 43)
            i++;
        let mantissa = 0;
        let digitCount = 0;
        const integerStart = i;
        while (i < n) {
            code = text.charCodeAt(i);
            if (!isDigit(code))
                break;
            mantissa = mantissa * 10 + (code - 48);
            i++;
        }
        const integerDigits = i - integerStart;
        digitCount = integerDigits;
        let decimal = false;
        let fractionDigits = 0;
        if (i < n && text.charCodeAt(i) === 46) {
            decimal = true;
            i++;
            while (i < n) {
                code = text.charCodeAt(i);
                if (!isDigit(code))
                    break;
                mantissa = mantissa * 10 + (code - 48);
                fractionDigits++;
                i++;
            }
            if (integerDigits === 0 && fractionDigits === 0)
                return NOT_NUMERIC;
            digitCount += fractionDigits;
        }
        else if (integerDigits === 0)
            return NOT_NUMERIC;
        let exponent = 0;
        if (i < n) {
            code = text.charCodeAt(i);
            if (code !== 101 && code !== 69)
                return NOT_NUMERIC;
            i++;
            code = text.charCodeAt(i);
            const negativeExponent = code === 45;
            if (negativeExponent || code === 43)
                i++;
            const exponentStart = i;
            while (i < n) {
                code = text.charCodeAt(i);
                if (!isDigit(code))
                    break;
                if (exponent < 100_000)
                    exponent = exponent * 10 + (code - 48);
                i++;
            }
            if (i === exponentStart || i !== n)
                return NOT_NUMERIC;
            if (negativeExponent)
                exponent = -exponent;
            decimal = true;
        }
        const scale = exponent - fractionDigits;
        if (digitCount <= FAST_PATH_DIGITS && scale >= -22 && scale <= 22) {
            const magnitude = scale >= 0
                ? mantissa * EXACT_POWERS_OF_TEN[scale]
                : mantissa / EXACT_POWERS_OF_TEN[-scale];
            this.value = negative ? -magnitude : magnitude;
        }
        else
            this.value = Number(text);
        return decimal ? DECIMAL_SYNTAX : INTEGER_SYNTAX;
    }
}
const sharedScanner = new NumberScanner();
/** Which number grammar trimmed text matches. */
function numberSyntax(text) {
    return sharedScanner.scan(text);
}
/** `true` or `false` in any letter case (trimmed text); `0` and `1` are left to the number scanner. */
function booleanLiteral(text) {
    if (text.length === 4) {
        if ((text.charCodeAt(0) | 0x20) === 116 &&
            (text.charCodeAt(1) | 0x20) === 114 &&
            (text.charCodeAt(2) | 0x20) === 117 &&
            (text.charCodeAt(3) | 0x20) === 101)
            return true;
    }
    else if (text.length === 5) {
        if ((text.charCodeAt(0) | 0x20) === 102 &&
            (text.charCodeAt(1) | 0x20) === 97 &&
            (text.charCodeAt(2) | 0x20) === 108 &&
            (text.charCodeAt(3) | 0x20) === 115 &&
            (text.charCodeAt(4) | 0x20) === 101)
            return false;
    }
    return undefined;
}
function digits(text, start, count) {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        const code = text.charCodeAt(i);
        if (!isDigit(code))
            return -1;
        value = value * 10 + (code - 48);
    }
    return value;
}
/**
 * Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). Linear in the day, so
 * day 31 of a shorter month rolls over as Date.UTC does; arithmetic only, unlike a Date.UTC call.
 */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
/**
 * Milliseconds since the epoch of an ISO-8601 date or date-time, `YYYY-MM-DD([T ]hh:mm(:ss(.f+)?)?(Z|±hh:?mm)?)?`,
 * or NaN. Ranges follow V8's `Date.parse` (day 1–31 rolls over, `24:00` is the next midnight, fractions
 * are cut to milliseconds), except that a date-time without a zone is read as UTC rather than in the
 * machine's zone, so the same file gives the same profile on every runner.
 */
function parseIsoTimestamp(text) {
    const n = text.length;
    if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
        return Number.NaN;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return Number.NaN;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let millisecond = 0;
    let offset = 0;
    if (n > 10) {
        const separator = text.charCodeAt(10);
        if ((separator !== 84 && separator !== 32) || n < 16 || text.charCodeAt(13) !== 58)
            return Number.NaN;
        hour = digits(text, 11, 2);
        minute = digits(text, 14, 2);
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59)
            return Number.NaN;
        let i = 16;
        if (i < n && text.charCodeAt(i) === 58) {
            second = digits(text, i + 1, 2);
            if (second < 0 || second > 59 || i + 3 > n)
                return Number.NaN;
            i += 3;
            if (i < n && text.charCodeAt(i) === 46) {
                const start = ++i;
                let scale = 100;
                while (i < n && isDigit(text.charCodeAt(i))) {
                    millisecond += (text.charCodeAt(i) - 48) * scale;
                    scale /= 10;
                    i++;
                }
                if (i === start)
                    return Number.NaN;
                millisecond = Math.floor(millisecond);
            }
        }
        if (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0))
            return Number.NaN;
        if (i < n) {
            const zone = text.charCodeAt(i);
            if (zone === 90) {
                if (i + 1 !== n)
                    return Number.NaN;
            }
            else if (zone === 43 || zone === 45) {
                const colon = text.charCodeAt(i + 3) === 58;
                if (i + (colon ? 6 : 5) !== n)
                    return Number.NaN;
                const offsetHours = digits(text, i + 1, 2);
                const offsetMinutes = digits(text, i + (colon ? 4 : 3), 2);
                if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
                    return Number.NaN;
                offset = (zone === 43 ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
            }
            else
                return Number.NaN;
        }
    }
    return (daysFromCivil(year, month, day) * 86_400_000 +
        hour * 3_600_000 +
        minute * 60_000 +
        second * 1000 +
        millisecond -
        offset);
}


/***/ })

};
