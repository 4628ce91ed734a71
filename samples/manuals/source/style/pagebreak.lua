-- A paragraph that holds only \newpage becomes a page break in DOCX output
-- and disappears in every other format.
local docx_break = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'

function RawBlock(el)
  if el.text:match('^\\newpage%s*$') then
    if FORMAT:match('docx') then
      return pandoc.RawBlock('openxml', docx_break)
    end
    return {}
  end
end

function Para(el)
  if #el.content == 1 and el.content[1].t == 'RawInline'
     and el.content[1].text:match('^\\newpage%s*$') then
    return RawBlock(pandoc.RawBlock('tex', '\\newpage'))
  end
end
