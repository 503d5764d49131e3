export const id = 261;
export const ids = [261];
export const modules = {

/***/ 16261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheStore: () => (/* binding */ actionsCacheStore)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18091);
/**
 * The CacheStore over @actions/cache. Entries are immutable there too: saving a key that
 * exists is reported by the toolkit (cache id -1) and answered here with false. A cache service
 * that is missing (GHES without one) or failing is a warning, never a failed build.
 */

/** A CacheStore backed by the Actions cache service. */
function actionsCacheStore(logger) {
    const available = () => {
        if (_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
            return true;
        logger.warning('The Actions cache service is not available here; building without a cache.');
        return false;
    };
    return {
        async restore(paths, keys, options = {}) {
            const [primary, ...prefixes] = keys;
            if (primary === undefined || !available())
                return null;
            const hit = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([...paths], primary, prefixes, {
                lookupOnly: options.lookupOnly ?? false
            });
            return hit ?? null;
        },
        async save(paths, key) {
            if (!available())
                return false;
            // saveCache returns -1 (and logs why) when the key exists or the service refused.
            return (await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([...paths], key)) !== -1;
        }
    };
}


/***/ })

};
