-- A session of Neovim's own LSP client (the 0.7 API: vim.lsp.start_client
-- and buf_attach_client) with `secint lsp`, run headless by `make nvimtest`:
--
--   SECINT=bin/secint SECINT_ENC=utf-16|utf-8 nvim --headless --clean -u NONE \
--     -c 'luafile editors/neovim/test/session.lua'
--
-- It opens worksheet.sql, waits for the one diagnostic, applies its quick
-- fix, types a new line and completes a property on it, and compares the
-- buffer with expected.sql. With SECINT_ENC=utf-8 the client offers UTF-8
-- positions and checks the server took them; Neovim converts every position
-- itself, so a server that counted wrongly would put the marker, the fix or
-- the completion in the wrong place. It exits 0 when all is as expected, 1
-- with the reason on standard error otherwise.

local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local secint = assert(os.getenv('SECINT'), 'SECINT names the secint binary')
local enc = os.getenv('SECINT_ENC') or 'utf-16'

local function fail(msg)
  io.stderr:write('nvim session (' .. enc .. '): ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function check(cond, msg)
  if not cond then fail(msg) end
end

local ok, err = pcall(function()
  local published = {} -- version of the last diagnostics, by buffer
  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
    default(e, result, ctx, config)
    published[vim.uri_to_bufnr(result.uri)] = result.version
  end

  local capabilities = vim.lsp.protocol.make_client_capabilities()
  if enc == 'utf-8' then
    capabilities.general = { positionEncodings = { 'utf-8', 'utf-16' } }
  end
  local negotiated
  local client_id = vim.lsp.start_client({
    name = 'secint',
    cmd = { secint, 'lsp' },
    root_dir = here,
    offset_encoding = enc,
    capabilities = capabilities,
    on_init = function(client, result)
      negotiated = result.capabilities.positionEncoding
      client.notify('workspace/didChangeConfiguration', {
        settings = { secint = { rules = { ['quoted-value'] = 'error' } } },
      })
    end,
  })
  check(client_id, 'the client did not start')

  -- A copy of the worksheet, so that the original stays as it is.
  local path = vim.fn.tempname() .. '.sql'
  vim.fn.writefile(vim.fn.readfile(here .. '/worksheet.sql'), path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  local function settled()
    -- the server has published for the buffer's current version
    return vim.wait(10000, function()
      return published[bufnr] ~= nil and published[bufnr] == vim.lsp.util.buf_versions[bufnr]
    end, 10)
  end

  check(settled(), 'no diagnostics for the opened worksheet')
  check(negotiated == enc, 'the server chose ' .. tostring(negotiated) .. ', the client asked for ' .. enc)

  -- The one diagnostic: OAUTH_CLIENTID on line 8. Neovim counts columns in
  -- bytes: "/* ☕ */ " is 10, "ALTER SECURITY INTEGRATION " 27,
  -- '"café_😀" ' 13 and "SET " 4, so the name is bytes 54 to 68.
  local ds = vim.diagnostic.get(bufnr)
  check(#ds == 1, 'want 1 diagnostic, got ' .. #ds .. ': ' .. vim.inspect(ds))
  check(ds[1].code == 'unknown-property', 'code ' .. tostring(ds[1].code))
  check(ds[1].lnum == 7 and ds[1].col == 54 and ds[1].end_col == 68,
    'range ' .. ds[1].lnum .. ':' .. ds[1].col .. '-' .. ds[1].end_col)
  check(not vim.inspect(ds):find('nvim-secret-value', 1, true), 'a diagnostic repeats the secret')

  -- Go to the definition of the ALTER's name: the CREATE's, line 2.
  vim.api.nvim_win_set_cursor(0, { 8, 40 }) -- inside "café_😀", bytes 37 to 50
  local def = client.request_sync('textDocument/definition', vim.lsp.util.make_position_params(0, enc), 5000, bufnr)
  check(def and def.result and #def.result == 1 and def.result[1].range.start.line == 1,
    'definition: ' .. vim.inspect(def))

  -- The quick fix, asked for at the caret inside the name.
  vim.api.nvim_win_set_cursor(0, { 8, 56 })
  local params = vim.lsp.util.make_range_params(0, enc)
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
  local res = client.request_sync('textDocument/codeAction', params, 5000, bufnr)
  check(res and res.result, 'no code actions: ' .. vim.inspect(res))
  local fix
  for _, a in ipairs(res.result) do
    if a.title == 'Change to OAUTH_CLIENT_ID' then fix = a end
  end
  check(fix and fix.kind == 'quickfix', 'no quick fix among ' .. vim.inspect(res.result))
  vim.lsp.util.apply_workspace_edit(fix.edit, enc)
  check(settled(), 'no diagnostics after the fix')
  check(#vim.diagnostic.get(bufnr) == 0, 'diagnostics remain after the fix: ' .. vim.inspect(vim.diagnostic.get(bufnr)))

  -- A new line typed up to "OAUTH_GR", completed at its end.
  local typed = '/* 😀 */ ALTER INTEGRATION "café_😀" SET OAUTH_GR'
  vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, { typed })
  -- The caret after the last character (which normal mode's cursor cannot
  -- be on), in the negotiated encoding.
  local _, units16 = vim.str_utfindex(typed)
  local caret = { line = 8, character = enc == 'utf-8' and #typed or units16 }
  local comp = client.request_sync('textDocument/completion',
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = caret }, 5000, bufnr)
  check(comp and comp.result, 'no completion: ' .. vim.inspect(comp))
  local items = comp.result.items or comp.result
  local grant
  for _, it in ipairs(items) do
    if it.label == 'OAUTH_GRANT' then grant = it end
  end
  check(grant and grant.textEdit, 'no OAUTH_GRANT item among ' .. #items)
  vim.lsp.util.apply_text_edits({ grant.textEdit }, bufnr, enc)
  local eol = #vim.api.nvim_buf_get_lines(bufnr, 8, 9, false)[1]
  vim.api.nvim_buf_set_text(bufnr, 8, eol, 8, eol, { ';' })
  check(settled(), 'no diagnostics after the completion')
  check(#vim.diagnostic.get(bufnr) == 0, 'diagnostics after the completion: ' .. vim.inspect(vim.diagnostic.get(bufnr)))

  local got = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local want = vim.fn.readfile(here .. '/expected.sql')
  check(vim.deep_equal(got, want), 'the buffer differs from expected.sql:\n' .. table.concat(got, '\n'))

  vim.lsp.stop_client(client_id)
  check(vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 10), 'the server did not stop')
  os.remove(path)
end)
if not ok then fail(tostring(err)) end
vim.cmd('qall!')
