/**
 * typescript-eslint's node type enum and the scope helpers of `@typescript-eslint/utils`, read once into module
 * constants. The plugin is bundled as ESM from these CommonJS packages; the bundler reaches their exports through
 * accessor properties, so `AST_NODE_TYPES.X` written against the package would call a getter at every comparison
 * on the hot path (every env access of every file). Importing from here reads a plain constant instead.
 */
import { AST_NODE_TYPES as NODE_TYPES } from '@typescript-eslint/types';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

/** The ESTree node types, as `@typescript-eslint/types` exports them (`AST_NODE_TYPES.MemberExpression`…). */
export const AST_NODE_TYPES: typeof NODE_TYPES = NODE_TYPES;

/** `@typescript-eslint/utils`' `findVariable(scope, nameOrNode)`: the variable a name resolves to from `scope`, or `null`. */
export const findVariable: typeof ASTUtils.findVariable = ASTUtils.findVariable;

/** `@typescript-eslint/utils`' `getStaticValue(node, scope?)`: `{ value }` when the node's value is statically known, else `null`. */
export const getStaticValue: typeof ASTUtils.getStaticValue = ASTUtils.getStaticValue;

/** `@typescript-eslint/utils`' `getPropertyName(node, scope?)`: a member's or property's static key name, or `null`. */
export const getPropertyName: typeof ASTUtils.getPropertyName = ASTUtils.getPropertyName;
