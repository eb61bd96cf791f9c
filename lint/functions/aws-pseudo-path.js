/** aws-pseudo-path: path keys are `/#X-Amz-Target=<Prefix>.<Operation>` and hold a single `post`. */
const KEY = /^\/#X-Amz-Target=[A-Za-z][A-Za-z0-9]*\.[A-Za-z][A-Za-z0-9]*$/;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export default function awsPseudoPath(paths) {
  if (paths === null || typeof paths !== 'object') return [];
  return Object.entries(paths).flatMap(([key, item]) => {
    const problems = [];
    if (!KEY.test(key)) {
      problems.push({ message: `Path key "${key}" is not of the form /#X-Amz-Target=<Prefix>.<Operation>.`, path: ['paths', key] });
    }
    const methods = METHODS.filter((m) => item && typeof item === 'object' && m in item);
    if (methods.length !== 1 || methods[0] !== 'post') {
      problems.push({ message: `Path "${key}" must hold exactly one operation, post (found: ${methods.join(', ') || 'none'}).`, path: ['paths', key] });
    }
    return problems;
  });
}
