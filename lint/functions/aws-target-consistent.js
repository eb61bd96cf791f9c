/**
 * aws-target-consistent: X-Amz-Target header value, path key and operationId agree. The header's value is read
 * from `const`, `enum` and `default` together (tools that ignore `const` read the others), so all must agree.
 */
const PREFIX = '/#X-Amz-Target=';

function targetValues(operation) {
  const header = (operation.parameters ?? []).find((p) => p && p.in === 'header' && String(p.name).toLowerCase() === 'x-amz-target');
  if (!header) return { header };
  const schema = header.schema ?? {};
  const values = [...new Set([
    ...('const' in schema ? [schema.const] : []),
    ...(Array.isArray(schema.enum) ? schema.enum : []),
    ...('default' in schema ? [schema.default] : []),
  ])];
  return { header, values };
}

export default function awsTargetConsistent(paths) {
  if (paths === null || typeof paths !== 'object') return [];
  return Object.entries(paths).flatMap(([key, item]) => {
    const operation = item?.post;
    if (!key.startsWith(PREFIX) || !operation) return [];
    const target = key.slice(PREFIX.length);
    const path = ['paths', key, 'post'];
    const problems = [];
    const { header, values } = targetValues(operation);
    if (!header) {
      problems.push({ message: `${target}: no X-Amz-Target header parameter.`, path });
    } else {
      if (header.required !== true) problems.push({ message: `${target}: the X-Amz-Target header must be required.`, path: [...path, 'parameters'] });
      if (values.length !== 1 || values[0] !== target) {
        problems.push({ message: `${target}: X-Amz-Target allows ${JSON.stringify(values)}, not exactly "${target}".`, path: [...path, 'parameters'] });
      }
    }
    const operationName = target.slice(target.indexOf('.') + 1);
    if (operation.operationId !== operationName) {
      problems.push({ message: `${target}: operationId "${operation.operationId}" should be "${operationName}".`, path: [...path, 'operationId'] });
    }
    return problems;
  });
}
