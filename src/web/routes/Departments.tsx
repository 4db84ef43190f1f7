import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LIMITS } from '../../domain/directory/schemas';
import { api } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Button, DraftNotice, Form, fieldErrors, SelectField, TextField, FormActions } from '../components/forms';
import { Empty, Loading, PageHeader } from '../components/status';
import { useDraft } from '../components/useDraft';
import { currentLocale } from '../i18n';
import { type Department, type DeptNode, deptName, subtreeIds, totalCount } from '../lib/departments';
import { formatNumber } from '../../domain/shared/format';
import { toQuery } from '../lib/urls';
import { useDepartments } from '../queries';
import { useMe } from '../session';

/** /departments — the tree with head-counts; HR adds and edits. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const depts = useDepartments();
  // The open form is in the URL (?edit=new or ?edit=<id>) so a reload brings it and its draft back.
  const [params, setParams] = useSearchParams();
  const editParam = params.get('edit');
  const editDept = editParam && editParam !== 'new' ? depts.byId.get(editParam) : undefined;
  const [flash, setFlash] = useState<string | null>(null);
  const canManage = me.can.manageDirectory;
  const openForm = (id: string | null) => {
    setFlash(null);
    setParams(id ? { edit: id } : {}, { replace: !id });
  };

  return (
    <section className="page">
      <PageHeader title={t('ui.departments.title')}>
        {canManage && (
          <>
            <a className="btn btn--secondary" href="/api/v1/exports/departments.csv" download>
              {t('ui.common.csvExport')}
            </a>
            <Button variant="primary" onClick={() => openForm('new')}>
              {t('ui.departments.add')}
            </Button>
          </>
        )}
      </PageHeader>
      {flash && <Alert kind="success">{flash}</Alert>}
      {canManage && (editParam === 'new' || editDept) && (
        <DepartmentForm
          key={editDept?.id ?? 'new'}
          dept={editDept ?? null}
          onClose={(msg) => {
            openForm(null);
            setFlash(msg);
          }}
        />
      )}
      {depts.query.error && <Alert kind="error">{depts.query.error.message}</Alert>}
      {depts.query.isPending ? (
        <Loading />
      ) : depts.tree.length === 0 ? (
        <Empty>{t('ui.departments.empty')}</Empty>
      ) : (
        <ul className="tree" aria-label={t('ui.departments.treeLabel')}>
          {depts.tree.map((n) => (
            <TreeNode key={n.id} node={n} canManage={canManage} canList={me.can.viewDirectory} onEdit={(d) => openForm(d.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}

type NodeProps = { node: DeptNode; canManage: boolean; canList: boolean; onEdit: (d: Department) => void };

function TreeNode({ node, canManage, canList, onEdit }: NodeProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = deptName(node, locale);
  const total = totalCount(node);
  return (
    <li>
      <div className="tree__item">
        <span className="tree__name">{canList ? <Link to={`/directory${toQuery({ departmentId: node.id })}`}>{name}</Link> : name}</span>
        <span className="tree__code mono">{node.code}</span>
        <span className="tree__count">
          {t('ui.departments.count', { n: formatNumber(node.employeeCount, locale) })}
          {node.children.length > 0 && <span className="muted"> {t('ui.departments.totalCount', { n: formatNumber(total, locale) })}</span>}
        </span>
        {canManage && (
          <Button variant="link" onClick={() => onEdit(node)} aria-label={t('ui.departments.editLabel', { name })}>
            {t('ui.departments.edit')}
          </Button>
        )}
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c) => (
            <TreeNode key={c.id} node={c} canManage={canManage} canList={canList} onEdit={onEdit} />
          ))}
        </ul>
      )}
    </li>
  );
}

function DepartmentForm({ dept, onClose }: { dept: Department | null; onClose: (msg: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const depts = useDepartments();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const initial = { code: dept?.code ?? '', name: dept?.name ?? '', nameEn: dept?.nameEn ?? '', parentId: dept?.parentId ?? '' };
  const form = useDraft(draftKey(dept ? 'department-edit' : 'department-new', dept?.id), initial);

  useEffect(() => headingRef.current?.focus(), []);

  const save = useMutation({
    mutationFn: () => {
      const v = form.values;
      const body = { code: v.code, name: v.name, nameEn: v.nameEn.trim() || null, parentId: v.parentId || null };
      return dept ? api(`/departments/${dept.id}`, { method: 'PATCH', body }) : api('/departments', { method: 'POST', body });
    },
    onSuccess: () => {
      form.saved(initial);
      void qc.invalidateQueries({ queryKey: ['departments'] });
      onClose(dept ? t('ui.common.saved') : t('ui.departments.created'));
    },
  });
  const errors = fieldErrors(save.error);
  // A department cannot move under itself or one of its own sub-departments.
  const blocked = dept ? subtreeIds(depts.tree, dept.id) : new Set<string>();
  const parentOptions = [{ value: '', label: t('ui.departments.noParent') }, ...depts.options.filter((o) => !blocked.has(o.value))];
  const title = dept ? t('ui.departments.editTitle', { name: deptName(dept, i18n.language) }) : t('ui.departments.addTitle');

  return (
    <Form className="card" onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-labelledby="dept-form-title">
      <h2 id="dept-form-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <div className="form-grid">
        <TextField
          label={t('ui.departments.fields.code')}
          required
          maxLength={LIMITS.departmentCode}
          autoComplete="off"
          error={errors.code}
          {...form.bind('code')}
        />
        <TextField
          label={t('ui.departments.fields.name')}
          required
          maxLength={LIMITS.departmentName}
          autoComplete="off"
          error={errors.name}
          {...form.bind('name')}
        />
        <TextField
          label={t('ui.departments.fields.nameEn')}
          maxLength={LIMITS.departmentName}
          autoComplete="off"
          lang="en"
          error={errors.nameEn}
          {...form.bind('nameEn')}
        />
        <SelectField label={t('ui.departments.fields.parent')} options={parentOptions} error={errors.parentId} {...form.bind('parentId')} />
      </div>
      <FormActions busy={save.isPending} label={dept ? t('ui.common.save') : t('ui.departments.create')}>
        <Button
          onClick={() => {
            form.discard();
            onClose(null);
          }}
        >
          {t('ui.common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
