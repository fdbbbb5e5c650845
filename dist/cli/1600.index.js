export const id = 1600;
export const ids = [1600];
export const modules = {

/***/ 1600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainyardJsonSchema: () => (/* binding */ trainyardJsonSchema)
/* harmony export */ });
/* unused harmony exports JSON_SCHEMA_ID, jsonSchemaText, writeJsonSchema, jsonSchemaIsCurrent */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _trainyard_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);



const JSON_SCHEMA_ID = "https://github.com/trainyard/trainyard/schema/trainyard.schema.json";
/** The JSON Schema of trainyard.yml as written (defaults not required), for editors and `trainyard config schema`. */
function trainyardJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(_trainyard_config_js__WEBPACK_IMPORTED_MODULE_1__/* .trainyardConfigSchema */ .gt, {
        io: "input",
        unrepresentable: "any",
        override: ({ jsonSchema }) => {
            // zod bounds every integer to the safe range; editors would show that noise on every seed.
            if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER)
                delete jsonSchema.minimum;
            if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER)
                delete jsonSchema.maximum;
        },
    });
    return {
        $schema: schema.$schema,
        $id: JSON_SCHEMA_ID,
        title: "trainyard.yml",
        description: "The configuration of a trainyard training pipeline",
        ...schema,
    };
}
/** The exact text of schema/trainyard.schema.json. */
function jsonSchemaText() {
    return `${JSON.stringify(trainyardJsonSchema(), null, 2)}\n`;
}
async function writeJsonSchema(path) {
    await writeFile(path, jsonSchemaText());
}
/** Whether the file at `path` is what the zod schema exports now (false when it is missing). */
async function jsonSchemaIsCurrent(path) {
    const text = await readFile(path, "utf8").catch(() => undefined);
    return text === jsonSchemaText();
}


/***/ })

};
