import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from './permissions.ts';
import {
  DIRECTORY_PERMISSIONS,
  effectiveGrants,
  ROLE_DEFINITIONS,
  ROLES,
  requiresSecondFactor,
  roleAllowedFor,
} from './roles.ts';
import { compareScopes, conditionHolds, SCOPES, type Scope, scopeCondition } from './scope.ts';

describe('roles', () => {
  it('ask for a second factor from every role that reaches beyond the directory nationally', () => {
    for (const role of ROLES) {
      const { grants, secondFactor } = ROLE_DEFINITIONS[role];
      const national = Object.entries(grants).filter(
        ([permission, scope]) => scope === 'national' && !DIRECTORY_PERMISSIONS.includes(permission as never),
      );
      if (national.length > 0) expect(secondFactor, role).toBe(true);
    }
  });

  it('ask administrators, the plan coordinator and the analyst for a second factor, not a school psychologist', () => {
    expect(requiresSecondFactor(['administrator'])).toBe(true);
    expect(requiresSecondFactor(['plan_coordinator'])).toBe(true);
    expect(requiresSecondFactor(['analyst'])).toBe(true);
    expect(requiresSecondFactor(['school_psychologist'])).toBe(false);
    expect(requiresSecondFactor(['school_psychologist', 'regional_administrator'])).toBe(true);
  });

  it('grant only permissions from the catalogue', () => {
    for (const role of ROLES) {
      for (const permission of Object.keys(ROLE_DEFINITIONS[role].grants)) {
        expect(PERMISSIONS).toContain(permission);
      }
    }
  });

  it('keep the widest scope when a person holds several roles', () => {
    const grants = effectiveGrants(['school_psychologist', 'supervisor']);
    expect(grants['read:user']).toBe('district');
  });

  it('deny by default: no roles, no permissions', () => {
    expect(effectiveGrants([])).toEqual({});
  });

  it('bind front-line roles to the right kind of organisation', () => {
    expect(roleAllowedFor('juvenile_inspector', 'police_unit')).toBe(true);
    expect(roleAllowedFor('juvenile_inspector', 'school')).toBe(false);
    expect(roleAllowedFor('administrator', 'school')).toBe(true);
  });
});

describe('scope conditions', () => {
  const code = fc.constantFrom('350000000', '710000000', '751110000', null);
  const placement = fc.record({
    organisationId: fc.constantFrom('o1', 'o2', 'o3'),
    districtCode: code,
    regionCode: code,
    ownerUserId: fc.constantFrom('u1', 'u2'),
  });

  it('property: a wider scope never sees less than a narrower one', () => {
    fc.assert(
      fc.property(
        placement,
        placement,
        fc.constantFrom(...SCOPES),
        fc.constantFrom(...SCOPES),
        (actor, object, a, b) => {
          fc.pre(compareScopes(a, b) < 0);
          // A region always contains its districts in real data; model that before comparing.
          fc.pre(actor.districtCode === null || actor.regionCode !== null);
          fc.pre(object.districtCode === null || object.regionCode !== null);
          fc.pre(
            actor.organisationId !== object.organisationId ||
              (actor.districtCode === object.districtCode && actor.regionCode === object.regionCode),
          );
          fc.pre(
            actor.districtCode !== object.districtCode ||
              actor.districtCode === null ||
              actor.regionCode === object.regionCode,
          );
          const sees = (scope: Scope) =>
            conditionHolds(scopeCondition(scope, { ...actor, userId: actor.ownerUserId }), object);
          if (a !== 'own' && sees(a)) expect(sees(b)).toBe(true);
        },
      ),
    );
  });

  it('a missing grant sees nothing', () => {
    expect(
      conditionHolds(
        scopeCondition(undefined, { userId: 'u', organisationId: 'o', districtCode: null, regionCode: null }),
        { organisationId: 'o' },
      ),
    ).toBe(false);
  });

  it('a region scope of an organisation without a region keeps to that organisation, never everything', () => {
    const condition = scopeCondition('region', {
      userId: 'u',
      organisationId: 'o',
      districtCode: null,
      regionCode: null,
    });
    expect(condition).toEqual({ kind: 'equals', field: 'organisationId', value: 'o' });
  });
});
