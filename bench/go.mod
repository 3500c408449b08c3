module github.com/newsclean/newsclean/bench

go 1.26.8

require github.com/newsclean/newsclean v0.0.0

replace github.com/newsclean/newsclean => ../
