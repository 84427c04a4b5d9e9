package check

// isTimestamp reports whether s is a date, optionally with a time (minutes,
// seconds, fractions) and a time zone (an abbreviation such as PDT, an
// offset, or Z): the shapes the documentation and Snowflake's Terraform
// tests use, and ISO 8601. In the shape of a regular expression:
//
//	^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?( ?([A-Za-z]{2,5}|[+-]\d{2}:?\d{2}|Z))?)?$
//
// It is written out by hand rather than compiled by package regexp, which
// this one check would otherwise bring into secint.wasm (with the Unicode
// tables it refers to: over 100 KB of brotli). TestIsTimestampAgreesWithTheRegexp
// holds it to the expression above.
func isTimestamp(s string) bool {
	i := 0
	digits := func(n int) bool {
		if i+n > len(s) {
			return false
		}
		for j := i; j < i+n; j++ {
			if s[j] < '0' || s[j] > '9' {
				return false
			}
		}
		i += n
		return true
	}
	lit := func(c byte) bool {
		if i < len(s) && s[i] == c {
			i++
			return true
		}
		return false
	}
	if !digits(4) || !lit('-') || !digits(2) || !lit('-') || !digits(2) {
		return false
	}
	if i == len(s) {
		return true
	}
	if !lit(' ') && !lit('T') {
		return false
	}
	if !digits(2) || !lit(':') || !digits(2) {
		return false
	}
	if lit(':') {
		if !digits(2) {
			return false
		}
		if lit('.') {
			if !digits(1) {
				return false
			}
			for digits(1) {
			}
		}
	}
	if i == len(s) {
		return true
	}
	lit(' ')
	return isTimeZone(s[i:])
}

// isTimeZone reports whether z is [A-Za-z]{2,5}, [+-]\d{2}:?\d{2} or Z.
func isTimeZone(z string) bool {
	if z == "Z" {
		return true
	}
	if n := len(z); n >= 2 && n <= 5 {
		letters := true
		for j := 0; j < n; j++ {
			c := z[j] | 0x20
			if c < 'a' || c > 'z' {
				letters = false
				break
			}
		}
		if letters {
			return true
		}
	}
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	if (len(z) != 5 && len(z) != 6) || (z[0] != '+' && z[0] != '-') || !digit(z[1]) || !digit(z[2]) {
		return false
	}
	rest := z[3:]
	if len(rest) == 3 {
		if rest[0] != ':' {
			return false
		}
		rest = rest[1:]
	}
	return digit(rest[0]) && digit(rest[1])
}
